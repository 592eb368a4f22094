import { unwrapForwards } from "./forwarded";
import { cleanSubject, toMailbox } from "./message-view";
import type { MessageView, ParsedEmail } from "./types";

/** A message as a webmail page shows it: already decoded, no headers beyond these. */
export interface ShownMessage {
  from: { name: string; address: string } | null;
  subject: string;
  /** When it was sent, as far as the page shows it; null when unreadable. */
  date: Date | null;
  /** The body as text. */
  text: string;
  messageId?: string | null;
}

const MAX_TEXT_CHARS = 512 * 1024;

/**
 * The engine's view of a message a page shows, without writing an email for it: the fields go
 * straight into a MessageView, so no page text can pose as a header or an Authentication-Results
 * verdict (there are none: a page's sender is unverified). Inline forwards in the text are
 * unwrapped as in a parsed email.
 * @example const parsed = await parseView({ from: { name: "DigiCert", address: "no-reply@digicert.com" }, subject, date, text });
 */
export async function parseView(shown: ShownMessage): Promise<ParsedEmail> {
  const problems: string[] = [];
  const text = shown.text.length > MAX_TEXT_CHARS ? shown.text.slice(0, MAX_TEXT_CHARS) : shown.text;
  if (text !== shown.text) problems.push(`Only the first ${MAX_TEXT_CHARS / 1024} KiB of the message text were read.`);
  const view: MessageView = {
    from: shown.from ? toMailbox(shown.from.name, shown.from.address) : null,
    to: [],
    subject: cleanSubject(shown.subject),
    date: shown.date && !Number.isNaN(shown.date.getTime()) ? shown.date : null,
    messageId: shown.messageId ?? null,
    text: text.replace(/\r\n?/g, "\n"),
    headers: {},
    authResults: [],
  };
  return unwrapForwards({ view, attached: [] }, problems);
}
