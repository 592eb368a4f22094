import type { Assessment } from "../../shared/notice/types";

/**
 * What the banner may say about the sender (`data-sender` on `<certitude-banner>`):
 * `verified` — the message's own source was read and the receiving server's verdicts (or a
 * verified DKIM signature) vouch for the From domain; `forged` — the engine found the sender
 * spoofed; `unverified` — nothing vouches either way, e.g. the source could not be read. Only
 * `verified` is ever presented as the vendor, and only then is a reply offered.
 */
export type SenderState = "verified" | "unverified" | "forged";

/** The sender state of an assessment made from the message source (`fromSource`) or only from the page. */
export function senderState(assessment: Assessment, fromSource: boolean): SenderState {
  if (assessment.spoofed || assessment.sender.verification === "forged") return "forged";
  if (!fromSource) return "unverified";
  return assessment.sender.verification === "authenticated" ? "verified" : "unverified";
}
