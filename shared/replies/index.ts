import { de } from "./de";
import { en } from "./en";
import { es } from "./es";
import { fr } from "./fr";
import { it } from "./it";
import { nl } from "./nl";
import { pt } from "./pt";
import type { CertificateRecord } from "../inventory";
import type { Claim } from "../notice/types";
import type { ReplyFacts, ReplyTemplate } from "./template";

export type { ReplyFacts, ReplyTemplate } from "./template";

/** Reply languages, each a template file beside this one. */
const REPLY_TEMPLATES: Record<string, ReplyTemplate> = { en, de, fr, es, nl, it, pt };
export const REPLY_LANGUAGES = Object.keys(REPLY_TEMPLATES);

/** The language a reply is written in: the one asked for, else the notice's own when we have it, else English. */
export function replyLanguage(requested: string | undefined, noticeLanguage: string): string {
  if (requested) return requested;
  return noticeLanguage in REPLY_TEMPLATES ? noticeLanguage : "en";
}

/** A date as people of that language write it, e.g. "20 March 2026", "20. März 2026". */
export function formatDate(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language === "en" ? "en-GB" : language, { dateStyle: "long", timeZone: "UTC" }).format(new Date(iso));
}

/** Subject and body of a firm, polite reply to the vendor, built only from the facts. */
export function composeReply(language: string, facts: ReplyFacts): { subject: string; body: string } {
  const t = REPLY_TEMPLATES[language] ?? en;
  const situation = [
    ...(facts.renewalOrders.length ? [] : [facts.letLapse ? t.decidedNotToRenew : t.notOrdered]),
    facts.expired ? t.expired(facts.notAfter) : t.valid(facts.notAfter),
    facts.renewalOrders.length ? t.renewsUnder(facts.renewalOrders.join(", ")) : t.noOrderNoPayment,
    ...(facts.foreignOrders.length ? [t.foreignOrders(facts.foreignOrders.join(", "))] : []),
  ];
  const body = [
    t.greeting,
    "",
    t.reference(facts.subject, facts.sentOn, facts.commonName),
    "",
    situation.join(" "),
    "",
    t.requests.join(" "),
    "",
    t.closing,
    facts.signature,
  ].join("\n");
  const subject = facts.subject.startsWith(t.subjectPrefix) ? facts.subject : `${t.subjectPrefix} ${facts.subject}`;
  return { subject, body };
}

/** Order numbers a notice names that are not among the certificate's own, each once. */
export function foreignOrderNumbers(claims: readonly Claim[], ownOrders: readonly string[]): string[] {
  const own = new Set(ownOrders.map((n) => n.toUpperCase()));
  const named = claims.filter((claim) => claim.type === "order-number").map((claim) => String(claim.value));
  return [...new Set(named.filter((n) => !own.has(n.toUpperCase())))];
}

/** What a notice said, as far as a reply needs it. */
export interface RepliedNotice {
  subject: string;
  /** The notice's Date: as ISO, or null. */
  sentAt: string | null;
  claims: readonly Claim[];
}

/** The facts of a reply in one language, from the notice and the certificate it concerns. */
export function replyFacts(
  language: string,
  notice: RepliedNotice,
  certificate: Pick<CertificateRecord, "commonName" | "notAfter" | "intent" | "autoRenew" | "orderNumbers">,
  signature: string,
  now = new Date(),
): ReplyFacts {
  return {
    subject: notice.subject,
    sentOn: notice.sentAt ? formatDate(notice.sentAt, language) : null,
    commonName: certificate.commonName,
    notAfter: formatDate(certificate.notAfter, language),
    expired: Date.parse(certificate.notAfter) <= now.getTime(),
    letLapse: certificate.intent === "let-lapse",
    renewalOrders: certificate.autoRenew ? certificate.orderNumbers : [],
    foreignOrders: foreignOrderNumbers(notice.claims, certificate.orderNumbers),
    signature,
  };
}
