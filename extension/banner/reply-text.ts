import type { Assessment } from "../../shared/notice/types";
import type { ApiCertificate } from "../utils/api-schemas";
import { day } from "./banner-copy";

/**
 * A reply the user can paste into the webmail's reply box: it names the certificate, states the
 * owner's decision and, for a misleading notice, the facts it contradicts. Plain text only.
 */
export function replyText(assessment: Assessment, certificate: ApiCertificate | undefined): string {
  const lines = ["Hello,", ""];
  const subject = assessment.subject ? `"${assessment.subject}"` : "your message";
  if (!certificate) {
    lines.push(`Regarding ${subject}: it names none of the certificates we hold. Please tell us which certificate and order it concerns.`);
  } else {
    const name = certificate.commonName;
    lines.push(`Regarding ${subject} about the certificate for ${name} (expiry ${day(certificate.notAfter)}):`);
    if (assessment.misleading) {
      lines.push("", "It does not match our records:");
      for (const reason of assessment.reasons) lines.push(`- ${reason.message}`);
    }
    lines.push("");
    if (certificate.intent === "let-lapse") {
      lines.push(`We have decided not to renew this certificate. Please do not open or charge a renewal order for ${name}, and close any that was opened.`);
    } else if (certificate.intent === "renew" && certificate.autoRenew) {
      lines.push("We renew this certificate through our existing order; no further action is needed from us unless you say otherwise.");
    } else {
      lines.push("We will decide about its renewal ourselves and will contact you if we need anything.");
    }
  }
  if (assessment.spoofed) {
    lines.push("", "This message failed sender checks on our side; please confirm it came from you.");
  }
  lines.push("", "Kind regards");
  return lines.join("\n");
}
