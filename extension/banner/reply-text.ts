import { composeReply, replyFacts, replyLanguage } from "../../shared/replies";
import type { Assessment } from "../../shared/notice/types";
import type { ApiCertificate } from "../utils/api/api-schemas";

/**
 * The reply to a misleading notice, in the notice's language, built from the same templates and
 * facts as the Worker's `GET /api/notices/:id/reply`: the decision, the expiry, no order and no
 * payment, and what the vendor should do. Plain text for the webmail's reply box.
 */
export function replyText(assessment: Assessment, certificate: ApiCertificate, now = new Date()): string {
  const language = replyLanguage(undefined, assessment.language);
  const reply = composeReply(language, replyFacts(language, assessment, certificate, "", now));
  // wantsReply offers the button only for a misleading notice, which always has something to correct.
  return reply?.body.trimEnd() ?? "";
}

/**
 * Whether a reply makes sense: only to a misleading notice about one of the owner's certificates,
 * and never to a forged sender (the webmail's reply would go to the forger).
 */
export function wantsReply(
  assessment: Assessment,
  certificate: ApiCertificate | undefined,
): certificate is ApiCertificate {
  return Boolean(certificate) && assessment.misleading && !assessment.spoofed;
}
