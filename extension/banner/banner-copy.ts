import { i18n } from "#i18n";
import type { NoticeKind } from "../../shared/notice/types";
import type { ApiCertificate } from "../utils/api/api-schemas";
import type { SenderState } from "../overlay/sender-state";

// The banner's words (extension/locales/*.yml, banner.*), kept apart from its markup.

const KINDS: Record<NoticeKind, () => string> = {
  expiry: () => i18n.t("banner.kind.expiry"),
  revocation: () => i18n.t("banner.kind.revocation"),
  payment: () => i18n.t("banner.kind.payment"),
  other: () => i18n.t("banner.kind.other"),
};

const INTENTS: Record<string, () => string> = {
  renew: () => i18n.t("banner.intent.renew"),
  "let-lapse": () => i18n.t("banner.intent.letLapse"),
  undecided: () => i18n.t("banner.intent.undecided"),
};

/** What kind of notice it is, in the user's language. */
export function kindLabel(kind: NoticeKind): string {
  return KINDS[kind]?.() ?? kind;
}

/** The verdict in a few words, for the banner's headline. */
export function headline(misleading: boolean, spoofed: boolean, matched: boolean, connected = true): string {
  if (misleading && spoofed) return i18n.t("banner.verdict.misleadingSpoofed");
  if (misleading) return i18n.t("banner.verdict.misleading");
  if (spoofed) return i18n.t("banner.verdict.spoofed");
  if (matched) return i18n.t("banner.verdict.consistent");
  if (!connected) return i18n.t("banner.verdict.notConnected");
  return i18n.t("banner.verdict.unmatched");
}

/** `2025-09-10` from an ISO date or date-time. */
export function day(iso: string | null | undefined): string {
  return (iso ?? "").slice(0, 10);
}

/** "kestrel-logistik.de — expired 2025-09-10, you decided to let it lapse, no auto-renewal". */
export function certificateLine(certificate: ApiCertificate, now: Date): string {
  const expiry = day(certificate.notAfter);
  const expired = new Date(certificate.notAfter).getTime() < now.getTime();
  const when = expired ? i18n.t("banner.expired", [expiry]) : i18n.t("banner.expires", [expiry]);
  const intent = INTENTS[certificate.intent]?.() ?? certificate.intent;
  const renewal = certificate.autoRenew ? i18n.t("banner.autoRenewOn") : i18n.t("banner.autoRenewOff");
  return `${certificate.commonName} — ${when}, ${intent}, ${renewal}`;
}

/** What is known of the sender, in one sentence. */
export function senderLine(sender: SenderState, address: string): string {
  if (sender === "verified") return i18n.t("banner.sender.verified", [address]);
  if (sender === "forged") return i18n.t("banner.sender.forged", [address]);
  return i18n.t("banner.sender.unverified", [address]);
}
