import { EmailTooLargeError, MAX_EMAIL_BYTES } from "./errors";
import { unwrapForwards } from "./forwarded";
import { emptyView } from "./message-view";
import { parseMessage, type RawEmailInput } from "./parse-message";
import type { ParsedEmail } from "./types";

/** Size in bytes, counted exactly only where it matters: near the limit. */
function byteLength(raw: RawEmailInput): number {
  if (typeof raw !== "string") return raw.byteLength;
  // A UTF-16 unit takes 1 to 3 UTF-8 bytes, so far from the limit the length decides.
  if (raw.length > MAX_EMAIL_BYTES || raw.length * 3 <= MAX_EMAIL_BYTES) return raw.length;
  return new TextEncoder().encode(raw).byteLength;
}

function isRawEmail(raw: unknown): raw is RawEmailInput {
  return typeof raw === "string" || raw instanceof ArrayBuffer || ArrayBuffer.isView(raw);
}

/**
 * Parses a raw email (RFC 822 text or bytes, CRLF or LF, any MIME structure, transfer
 * encoding and charset) into the view the notice engine reads, with forwarded notices
 * unwrapped. Never throws for unreadable input — it returns empty fields and says why in
 * `problems` — except for input over 25 MB, which is refused with {@link EmailTooLargeError}.
 *
 * @example const { notice, forwarder } = await parseEmail(await file.text());
 */
export async function parseEmail(raw: RawEmailInput): Promise<ParsedEmail> {
  if (!isRawEmail(raw)) {
    return {
      notice: emptyView(),
      forwarder: null,
      forwardStyle: "none",
      problems: ["The input is not text or bytes."],
    };
  }
  const size = byteLength(raw);
  if (size > MAX_EMAIL_BYTES) throw new EmailTooLargeError(size);
  const problems: string[] = [];
  if (size === 0) problems.push("The email is empty.");
  const outer = await parseMessage(raw, problems);
  if (!outer.view.from && !outer.view.subject && !outer.view.date && size > 0) {
    problems.push("Nothing in the input reads as an email: no From, no Subject, no Date.");
  }
  return unwrapForwards(outer, problems);
}
export type { RawEmailInput } from "./parse-message";
