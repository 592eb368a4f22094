import type { Address, Email } from "postal-mime";
import { parseAddressList } from "./address";
import { topmostWrittenOnArrival } from "./auth-origin";
import { authVerdictsFromHeaders } from "./auth-results";
import { composed, repairMojibake } from "./charset";
import { parseLocalizedDate } from "./forward-date";
import type { Mailbox, MessageView } from "./types";

// Header values longer than this are cut: nothing we read needs more, and hostile mail
// carries megabyte-long lines.
const MAX_HEADER_CHARS = 16_384;
const MAX_SUBJECT_CHARS = 2_000;
const MAX_RECIPIENTS = 100;

/** A mailbox with its display name repaired and its address lower-cased. */
export function toMailbox(name: string, address: string): Mailbox {
  const tidy = composed(repairMojibake(name.slice(0, 500)))
    .replace(/\s+/g, " ")
    .trim();
  return { name: tidy, address: address.trim().toLowerCase() };
}

function mailboxes(addresses: Address[] | undefined): Mailbox[] {
  const out: Mailbox[] = [];
  for (const entry of addresses ?? []) {
    const members = entry.group ?? [entry];
    for (const member of members) if (member.address !== undefined) out.push(toMailbox(member.name, member.address));
    if (out.length >= MAX_RECIPIENTS) break;
  }
  return out.slice(0, MAX_RECIPIENTS);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;

/**
 * Reads a Date header: the ISO string postal-mime made of a valid RFC 5322 date, or else the
 * raw value as a mail client might have mangled it (`Mon, 9 Nov 2026 10:14 MEZ`, localised
 * month names, `09.11.2026`). Null when unreadable.
 */
export function parseHeaderDate(value: string | undefined | null): Date | null {
  if (!value) return null;
  const cleaned = value
    .slice(0, 300)
    .replace(/\([^)]*\)/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (ISO_DATE.test(cleaned)) return new Date(cleaned);
  return parseLocalizedDate(cleaned, { monthFirst: true });
}

/** Header map with lower-cased names; repeated headers keep every value in order. */
function headerMap(email: Pick<Email, "headers">, problems: string[] = []): Record<string, string[]> {
  const headers: Record<string, string[]> = Object.create(null);
  for (const { key, value } of email.headers) {
    if (value.length > MAX_HEADER_CHARS)
      problems.push(`The ${key} header (${value.length} characters) was cut to ${MAX_HEADER_CHARS}.`);
    headers[key] ??= [];
    headers[key].push(value.length > MAX_HEADER_CHARS ? value.slice(0, MAX_HEADER_CHARS) : value);
  }
  return headers;
}

/** Cleans a decoded subject: mojibake repaired, whitespace collapsed, length bounded. */
export function cleanSubject(subject: string | undefined): string {
  return composed(repairMojibake((subject ?? "").slice(0, MAX_SUBJECT_CHARS)))
    .replace(/\s+/g, " ")
    .trim();
}

/** The notice layer's view of a parsed message, given its content already rendered to text. */
export function messageViewOf(email: Email, text: string, problems: string[] = []): MessageView {
  const headers = headerMap(email, problems);
  // Read from the raw header: postal-mime's own From splits unquoted commas in display names.
  const fromList = parseAddressList(headers.from?.[0] ?? headers.sender?.[0]);
  const from = fromList.first ? toMailbox(fromList.first.name, fromList.first.address) : null;
  const replyTo = parseAddressList(headers["reply-to"]?.[0]).first;
  const onArrival = topmostWrittenOnArrival(email.headers);
  const messageId = email.messageId?.trim().slice(0, 1000) || null;
  return {
    from,
    to: mailboxes(email.to),
    subject: cleanSubject(email.subject),
    date: parseHeaderDate(email.date),
    messageId,
    text,
    headers,
    authResults: authVerdictsFromHeaders(headers, onArrival),
    ...(onArrival ? {} : { authResultsUnattributed: true }),
    otherFrom: fromList.others.slice(0, MAX_RECIPIENTS).map((m) => toMailbox(m.name, m.address)),
    replyTo: replyTo ? toMailbox(replyTo.name, replyTo.address) : null,
  };
}

/** A view with nothing in it, for input that could not be read at all. */
export function emptyView(): MessageView {
  return { from: null, to: [], subject: "", date: null, messageId: null, text: "", headers: {}, authResults: [] };
}
