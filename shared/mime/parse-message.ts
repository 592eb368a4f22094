import PostalMime, { type Email } from "postal-mime";
import { bodyText } from "./body-text";
import { emptyView, messageViewOf } from "./message-view";
import type { MessageView } from "./types";

/** Raw email input: the text of an `.eml`, or its bytes. */
export type RawEmailInput = string | Uint8Array | ArrayBuffer;

// postal-mime rejects a parse beyond these; 64 levels is far beyond real mail and bounds time.
const PARSER_LIMITS = { maxNestingDepth: 64, maxHeadersSize: 4 * 1024 * 1024 } as const;

/** One parsed message: its view and its `message/rfc822` attachments, still raw. */
export interface ParsedMessage {
  view: MessageView;
  attached: Uint8Array[];
}

function attachedMessages(email: Email): Uint8Array[] {
  return email.attachments
    .filter((a) => a.mimeType === "message/rfc822" || /\.eml$/i.test(a.filename ?? ""))
    .map((a) => (typeof a.content === "string" ? new TextEncoder().encode(a.content) : new Uint8Array(a.content)));
}

function headerBlock(raw: RawEmailInput): string {
  const text = typeof raw === "string" ? raw : new TextDecoder("latin1").decode(raw);
  const end = text.search(/\r?\n\r?\n/);
  return (end < 0 ? text : text.slice(0, end)).slice(0, PARSER_LIMITS.maxHeadersSize / 2) + "\r\n\r\n";
}

// A notice sent as a text or HTML attachment, with an empty body, is read from the attachment.
function attachedText(email: Email): Pick<Email, "text" | "html"> | null {
  const part = email.attachments.find((a) => a.mimeType === "text/plain" || a.mimeType === "text/html");
  if (!part || typeof part.content === "string" || part.content.byteLength > 1_000_000) return null;
  const content = new TextDecoder().decode(part.content);
  return part.mimeType === "text/html" ? { html: content } : { text: content };
}

async function parseOnce(raw: RawEmailInput, problems: string[]): Promise<ParsedMessage> {
  const parser = new PostalMime({ ...PARSER_LIMITS, forceRfc822Attachments: true, attachmentEncoding: "arraybuffer" });
  const email = await parser.parse(raw);
  let text = bodyText(parser, email, problems);
  const attached = text ? null : attachedText(email);
  if (attached) {
    text = bodyText({}, { ...email, ...attached }, problems);
    problems.push("The body was empty; the text was read from an attached text or HTML file.");
  }
  return { view: messageViewOf(email, text, problems), attached: attachedMessages(email) };
}

function replacementCount(view: MessageView): number {
  let count = 0;
  for (const text of [view.subject, view.text, view.from?.name ?? ""]) {
    for (let at = text.indexOf("\uFFFD"); at >= 0; at = text.indexOf("\uFFFD", at + 1)) count++;
  }
  return count;
}

/**
 * The message as Windows-1252 text labelled Windows-1252: raw 8-bit headers and bodies that
 * claim UTF-8 but are Latin-1 then read right, and what really was UTF-8 comes out as
 * mojibake, which the view repairs.
 */
function asWindows1252(raw: RawEmailInput): string {
  const text = typeof raw === "string" ? raw : new TextDecoder("windows-1252").decode(raw);
  return text.replace(/charset\s*=\s*"?utf-?8"?/gi, 'charset="windows-1252"');
}

/** Parses one RFC 822 message (no forward unwrapping); never throws. */
export async function parseMessage(raw: RawEmailInput, problems: string[]): Promise<ParsedMessage> {
  try {
    const parsed = await parseOnce(raw, problems);
    const broken = replacementCount(parsed.view);
    if (broken === 0) return parsed;
    const reread = await parseOnce(asWindows1252(raw), []).catch(() => null);
    if (reread && replacementCount(reread.view) < broken) {
      problems.push("Some text was not valid in its declared charset (UTF-8); it was read as Windows-1252.");
      return reread;
    }
    problems.push("Some bytes of the message were not valid in its declared charset.");
    return parsed;
  } catch (error) {
    problems.push(
      `The MIME structure could not be read (${error instanceof Error ? error.message : String(error)}); only the headers were read.`,
    );
  }
  try {
    const email = await PostalMime.parse(headerBlock(raw), PARSER_LIMITS);
    return { view: messageViewOf(email, "", problems), attached: [] };
  } catch {
    problems.push("The headers could not be read either.");
    return { view: emptyView(), attached: [] };
  }
}
