import type { CertificateRecord, Inventory } from "../inventory";
import { MAX_EMAIL_BYTES } from "../mime/errors";
import { parseEmail, type RawEmailInput } from "../mime/parse-email";
import { parseView, type ShownMessage } from "../mime/parse-view";
import { reason } from "./reasons";
import type { ParsedEmail } from "../mime/types";
import { mentionsCertificate, normalizeText, readClaims } from "./claims";
import { LEXICON_BY_LANGUAGE } from "./compile";
import { findContradictions } from "./contradictions";
import { findDates, slashOrderFor } from "./dates";
import { tableExpiryClaims } from "./expiry-table";
import { scoreLanguages } from "./language";
import { matchCertificate, namesAnyHost } from "./match";
import { judgeSender } from "./sender";
import { LEXICONS } from "./lexicon";
import type { Assessment, AssessOptions, Claim } from "./types";
import { decideKind } from "./verdict";

const MAX_DATES = 40;
const EVERY_LANGUAGE = LEXICONS.map((l) => l.language);

// Claims that say something about a certificate or money; offers, calls to renew and urgency ("Letzte Chance") do not.
const SUBJECT_ONLY_NOISE = new Set<Claim["type"]>([
  "order-number",
  "invoice-number",
  "urgency",
  "renewal-call-to-action",
]);
const isCertificateOrMoneyClaim = (c: Claim) =>
  !c.evidence.ruleId.startsWith("other.") && !SUBJECT_ONLY_NOISE.has(c.type);

/**
 * A subject may keep the customer's language above a body in another ("Rechnung überfällig" over
 * English news): it is read in every language, for claims about the certificate or money the body
 * did not already make. Its offer and newsletter words add nothing.
 */
function subjectClaims(subject: string, known: readonly Claim[], slashOrder: "dmy" | "mdy"): Claim[] {
  const key = (c: Claim) => `${c.evidence.ruleId}|${c.value ?? c.evidence.phrase.toLowerCase()}`;
  const seen = new Set(known.map(key));
  return readClaims(normalizeText(subject), "en", slashOrder, EVERY_LANGUAGE).filter(
    (c) => isCertificateOrMoneyClaim(c) && !seen.has(key(c)),
  );
}

function certificatesOf(inventory: readonly CertificateRecord[] | Inventory): readonly CertificateRecord[] {
  const certificates = Array.isArray(inventory) ? inventory : (inventory as Inventory).certificates;
  if (!Array.isArray(certificates))
    throw new TypeError("inventory must be an array of certificates or { certificates: [...] }");
  // Records from hand-written files may leave the lists out; the checks read them as empty.
  // The same array when nothing needs mending, so lookups built for it are reused across notices.
  const whole = (c: CertificateRecord) => Array.isArray(c.sans) && Array.isArray(c.orderNumbers);
  if (certificates.every(whole)) return certificates;
  return certificates.map((c) => (whole(c) ? c : { ...c, sans: c.sans ?? [], orderNumbers: c.orderNumbers ?? [] }));
}

/**
 * Judges an already parsed email against the owner's inventory: what the notice is about, which
 * certificate, what it claims, whether the claims contradict the inventory as of the notice's
 * Date:, and whether the sender is forged. Only the innermost forwarded notice counts.
 */
export function assessParsed(
  parsed: ParsedEmail,
  inventory: readonly CertificateRecord[] | Inventory,
  options: AssessOptions = {},
): Assessment {
  const certificates = certificatesOf(inventory);
  const notice = parsed.notice;
  const text = normalizeText(`${notice.subject}\n${notice.text}`);
  const { ranked, thin } = scoreLanguages(text);
  const [language, ...alsoLanguages] = ranked;
  const slashOrder = slashOrderFor(text, LEXICON_BY_LANGUAGE.get(language)?.slashDateOrder ?? "dmy");
  // A notice of a line or two says too little to tell its language: every language reads it.
  const claims = readClaims(text, language, slashOrder, thin ? EVERY_LANGUAGE : alsoLanguages);
  // Only when the body claims nothing itself: a notice that does is already read in its own languages.
  if (!claims.some(isCertificateOrMoneyClaim)) claims.push(...subjectClaims(notice.subject, claims, slashOrder));
  const judged = judgeSender(notice, { ...options, forwardStyle: parsed.forwardStyle });

  const orderNumbers = claims.filter((c) => c.type === "order-number").map((c) => String(c.value));
  const expiryDates = claims
    .filter(
      (c) =>
        (c.type === "expires-on" || c.type === "valid-until" || c.type === "has-expired") &&
        typeof c.value === "string",
    )
    .map((c) => c.value as string);
  const match = matchCertificate(
    { subject: notice.subject, text: notice.text, orderNumbers, expiryDates, vendor: judged.sender.claimedVendor },
    certificates,
  );
  const cert = match ? (certificates.find((c) => c.id === match.id) ?? null) : null;
  // A table's expiry column dates the certificate only in the row that names it (tabs survive in the unnormalized text).
  if (cert) claims.push(...tableExpiryClaims(notice.text, cert, slashOrder, language));
  const kind = decideKind(claims, {
    certificateMatched: Boolean(cert),
    namesHost: Boolean(cert) || namesAnyHost(notice.text),
    mentionsCertificate: mentionsCertificate(text),
  });
  // A forwarded notice without its own Date: was sent the day it was forwarded, near enough.
  const readable = (d: Date | null | undefined) => (d && !Number.isNaN(d.getTime()) ? d : null);
  const sentAt = readable(notice.date) ?? readable(parsed.forwarder?.date);
  const sentOn = (sentAt ?? options.now ?? new Date()).toISOString().slice(0, 10);
  const senderVendor =
    judged.sender.knownVendorDomain || judged.sender.lookAlikeOf ? judged.sender.claimedVendor : null;
  const contradictions = cert ? findContradictions({ cert, kind, claims, sentOn, senderVendor }) : [];
  const problems = parsed.problems.map((problem) => ({ code: "parse-problem", message: problem, facts: {} }));

  return {
    kind,
    certificate: cert?.id ?? null,
    match,
    claims,
    misleading: contradictions.length > 0,
    reasons: [...contradictions, ...problems],
    spoofed: judged.spoofed,
    spoofReasons: judged.spoofReasons,
    sender: judged.sender,
    language,
    dates: findDates(text, slashOrder)
      .slice(0, MAX_DATES)
      .map(({ date, text }) => ({ date, text })),
    subject: notice.subject,
    sentAt: sentAt?.toISOString() ?? null,
    messageId: notice.messageId,
    forwarded: parsed.forwardStyle !== "none",
  };
}

/**
 * How much of a large email is read: notices put their words first, and what follows the first
 * 512 KiB is attachments (invoices as PDF, logos) that would cost seconds to decode for nothing.
 */
export const READ_PREFIX_BYTES = 512 * 1024;

function sizeOf(raw: RawEmailInput): number {
  return typeof raw === "string" ? raw.length : raw.byteLength;
}

/** The first READ_PREFIX_BYTES of a raw email (characters of a string, bytes otherwise). */
function prefixOf(raw: RawEmailInput): RawEmailInput {
  if (typeof raw === "string") return raw.slice(0, READ_PREFIX_BYTES);
  return (raw instanceof ArrayBuffer ? new Uint8Array(raw) : raw).subarray(0, READ_PREFIX_BYTES);
}

/**
 * Reads a raw vendor email and judges it against the owner's inventory (see {@link assessParsed}).
 * An email over {@link READ_PREFIX_BYTES} is judged on its beginning, and a `read-prefix` reason says so.
 * @example const a = await assessNotice(emlText, inventory); if (a.misleading) console.log(a.reasons[0].message);
 */
export async function assessNotice(
  raw: RawEmailInput,
  inventory: readonly CertificateRecord[] | Inventory,
  options: AssessOptions = {},
): Promise<Assessment> {
  const size = sizeOf(raw);
  if (size <= READ_PREFIX_BYTES || size > MAX_EMAIL_BYTES)
    return assessParsed(await parseEmail(raw), inventory, options);
  const assessment = assessParsed(await parseEmail(prefixOf(raw)), inventory, options);
  const note = reason("read-prefix", {
    readKiB: READ_PREFIX_BYTES / 1024,
    sizeMiB: Math.round((size / 1024 / 1024) * 10) / 10,
  });
  return { ...assessment, reasons: [...assessment.reasons, note] };
}

/**
 * Judges a message as a webmail page shows it (sender, subject, date, text), without a raw email:
 * the browser overlay's entry (see {@link assessParsed}).
 * @example await assessView({ from: { name: "DigiCert", address: "no-reply@digicert.com" }, subject, date, text }, inventory)
 */
export async function assessView(
  shown: ShownMessage,
  inventory: readonly CertificateRecord[] | Inventory,
  options: AssessOptions = {},
): Promise<Assessment> {
  return assessParsed(await parseView(shown), inventory, options);
}
