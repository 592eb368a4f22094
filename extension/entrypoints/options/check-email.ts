import { assessNotice } from "../../../shared/notice/assess";
import type { Assessment } from "../../../shared/notice/types";
import type { ApiCertificate } from "../../utils/api/api-schemas";
import type { ApiNotice } from "../../utils/api/notice-schemas";

/**
 * Judges a raw email with the shared notice engine inside the browser, against the cached
 * certificates: nothing leaves the machine until the user stores it.
 */
export function assessEmail(
  raw: Uint8Array<ArrayBuffer>,
  certificates: readonly ApiCertificate[],
  now = new Date(),
): Promise<Assessment> {
  return assessNotice(raw, certificates, { now });
}

/** The assessment in the shape the notice view shows (a notice not stored yet has no id). */
export function asNotice(assessment: Assessment): ApiNotice {
  const from = assessment.sender.from;
  return {
    id: "",
    subject: assessment.subject,
    from: from ? { name: from.name || null, address: from.address || null } : null,
    kind: assessment.kind,
    misleading: assessment.misleading,
    spoofed: assessment.spoofed,
    certificateId: assessment.certificate,
    sentAt: assessment.sentAt,
    assessment: {
      ...assessment,
      reasons: assessment.reasons.map((reason) => ({ ...reason })),
      spoofReasons: assessment.spoofReasons.map((reason) => ({ ...reason })),
    },
  };
}
