import { de } from "./de";
import { en } from "./en";
import { es } from "./es";
import { fr } from "./fr";
import { it } from "./it";
import { nl } from "./nl";
import { pt } from "./pt";
import type { CertificateRecord } from "../inventory";
import type { Claim, Reason } from "../notice/types";
import type { ReplyFacts, ReplyFinding, ReplyTemplate } from "./template";

export type { ReplyFacts, ReplyFinding, ReplyTemplate } from "./template";
export { isNoReplyAddress, type ReplyRecipient, replyRecipient, supportAddressOf } from "./recipient";

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
  return new Intl.DateTimeFormat(language === "en" ? "en-GB" : language, { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(iso),
  );
}

/** Sentences that set the record straight, one per finding. */
function corrections(t: ReplyTemplate, facts: ReplyFacts, language: string): string[] {
  const number = (n: number) => new Intl.NumberFormat(language).format(n);
  return facts.findings.flatMap((finding): string[] => {
    switch (finding.code) {
      case "wrong-date":
        return [t.wrongDate(formatDate(finding.stated, language), formatDate(finding.actual, language))];
      case "wrong-days":
        return [t.wrongDays(number(finding.stated), number(finding.daysLeft))];
      case "not-expired":
        return [t.notExpired];
      case "no-urgency":
        return [t.noUrgency(number(finding.daysLeft))];
      case "not-revoked-by-ca":
        return [t.notRevokedByCa];
      case "no-revocation-on-record":
        return [t.noRevocationOnRecord];
      default:
        return [];
    }
  });
}

/**
 * Subject and body of a firm, polite reply to the vendor, built only from the facts: each
 * finding corrected, a payment demand answered with the order situation. An honest notice (no
 * findings) gets no reply: null.
 */
export function composeReply(language: string, facts: ReplyFacts): { subject: string; body: string } | null {
  if (!facts.findings.length && !facts.foreignOrders.length) return null;
  const t = REPLY_TEMPLATES[language] ?? en;
  const demand = facts.findings.some((f) => f.code === "payment-without-order") || facts.foreignOrders.length > 0;
  const situation = [
    ...(demand && !facts.renewalOrders.length ? [facts.letLapse ? t.decidedNotToRenew : t.notOrdered] : []),
    facts.expired ? t.expired(facts.notAfter) : t.valid(facts.notAfter),
    ...corrections(t, facts, language),
    ...(demand
      ? [facts.renewalOrders.length ? t.renewsUnder(facts.renewalOrders.join(", ")) : t.noOrderNoPayment]
      : []),
    ...(facts.foreignOrders.length ? [t.foreignOrders(facts.foreignOrders.join(", "))] : []),
  ];
  const body = [
    t.greeting,
    "",
    t.reference(facts.subject, facts.sentOn, facts.commonName),
    "",
    situation.join(" "),
    "",
    demand ? t.requests.join(" ") : t.correctionRequest,
    "",
    t.closing,
    facts.signature,
  ].join("\n");
  const subject = facts.subject.startsWith(t.subjectPrefix) ? facts.subject : `${t.subjectPrefix} ${facts.subject}`;
  return { subject, body };
}

// Reason codes (shared/notice/contradictions.ts, the Worker's revocation check) → what a reply corrects.
const PAYMENT_CODES = new Set([
  "payment-without-renewal-order",
  "order-not-certificates",
  "vendor-not-certificates",
  "revoked-for-payment",
]);
const REVOCATION_CODES = new Set([
  "revoked-but-valid",
  "revoked-but-expired",
  "revocation-date-wrong",
  "revoked-for-payment",
]);

/** The findings of an assessment's reasons, each once; "not revoked" only on a CA's own answer. */
function replyFindings(reasons: readonly Pick<Reason, "code" | "facts">[], notAfter: string): ReplyFinding[] {
  const findings: ReplyFinding[] = [];
  const add = (finding: ReplyFinding) => {
    if (!findings.some((f) => f.code === finding.code)) findings.push(finding);
  };
  const codes = new Set(reasons.map((r) => r.code));
  for (const { code, facts } of reasons) {
    if (code === "expiry-date-wrong" && typeof facts.statedDate === "string")
      add({ code: "wrong-date", stated: facts.statedDate, actual: notAfter });
    else if (code === "days-left-wrong" && typeof facts.statedDays === "number" && typeof facts.daysLeft === "number")
      add({ code: "wrong-days", stated: facts.statedDays, daysLeft: facts.daysLeft });
    else if (code === "not-expired") add({ code: "not-expired" });
    else if (code === "false-urgency" && typeof facts.daysLeft === "number")
      add({ code: "no-urgency", daysLeft: facts.daysLeft });
    if (PAYMENT_CODES.has(code)) add({ code: "payment-without-order" });
  }
  if (codes.has("ca-says-not-revoked")) add({ code: "not-revoked-by-ca" });
  else if ([...codes].some((c) => REVOCATION_CODES.has(c))) add({ code: "no-revocation-on-record" });
  return findings;
}

/** Order numbers a notice names that are not among the certificate's own, each once. */
export function foreignOrderNumbers(claims: readonly Claim[], ownOrders: readonly string[]): string[] {
  const own = new Set(ownOrders.map((n) => n.toUpperCase()));
  const named = claims.filter((claim) => claim.type === "order-number").map((claim) => String(claim.value));
  return [...new Set(named.filter((n) => !own.has(n.toUpperCase())))];
}

/** What a notice said, and what the assessment found wrong in it, as far as a reply needs it. */
export interface RepliedNotice {
  subject: string;
  /** The notice's Date: as ISO, or null. */
  sentAt: string | null;
  claims: readonly Claim[];
  /** The assessment's reasons (codes and facts): what the reply corrects. */
  reasons: readonly Pick<Reason, "code" | "facts">[];
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
    findings: replyFindings(notice.reasons, certificate.notAfter.slice(0, 10)),
    signature,
  };
}
