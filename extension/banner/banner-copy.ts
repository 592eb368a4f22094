import type { NoticeKind } from "../../shared/notice/types";
import type { ApiCertificate } from "../utils/api-schemas";

// The banner's words, kept apart from its markup so the wording can be read in one place.

export const KIND_LABEL: Record<NoticeKind, string> = {
  expiry: "Certificate expiry notice",
  revocation: "Certificate revocation notice",
  payment: "Certificate payment notice",
  other: "Message about certificates",
};

export const INTENT_LABEL: Record<string, string> = {
  renew: "you decided to renew it",
  "let-lapse": "you decided to let it lapse",
  undecided: "you have not decided yet",
};

/** The verdict in a few words, for the banner's headline. */
export function headline(misleading: boolean, spoofed: boolean, matched: boolean, connected = true): string {
  if (misleading && spoofed) return "Misleading, and the sender looks forged";
  if (misleading) return "Misleading: it contradicts your records";
  if (spoofed) return "The sender looks forged";
  if (matched) return "Consistent with your records";
  if (!connected) return "Not checked: connect Certitude to your Worker in the dashboard";
  return "Not one of your certificates";
}

/** `2025-09-10` from an ISO date or date-time. */
export function day(iso: string | null | undefined): string {
  return (iso ?? "").slice(0, 10);
}

/** "kestrel-logistik.de — expired 2025-09-10, you decided to let it lapse, no auto-renewal". */
export function certificateLine(certificate: ApiCertificate, now: Date): string {
  const expiry = day(certificate.notAfter);
  const expired = new Date(certificate.notAfter).getTime() < now.getTime();
  const intent = INTENT_LABEL[certificate.intent] ?? certificate.intent;
  const renewal = certificate.autoRenew ? "auto-renewal on" : "no auto-renewal";
  return `${certificate.commonName} — ${expired ? "expired" : "expires"} ${expiry}, ${intent}, ${renewal}`;
}
