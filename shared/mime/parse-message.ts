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

/** Parses one RFC 822 message (no forward unwrapping); never throws. */
export async function parseMessage(raw: RawEmailInput, problems: string[]): Promise<ParsedMessage> {
  const parser = new PostalMime({ ...PARSER_LIMITS, forceRfc822Attachments: true, attachmentEncoding: "arraybuffer" });
  try {
    const email = await parser.parse(raw);
    return { view: messageViewOf(email, bodyText(parser, email, problems)), attached: attachedMessages(email) };
  } catch (error) {
    problems.push(`The MIME structure could not be read (${error instanceof Error ? error.message : String(error)}); only the headers were read.`);
  }
  try {
    const email = await PostalMime.parse(headerBlock(raw), PARSER_LIMITS);
    return { view: messageViewOf(email, ""), attached: [] };
  } catch {
    problems.push("The headers could not be read either.");
    return { view: emptyView(), attached: [] };
  }
}

