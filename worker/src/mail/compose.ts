/**
 * Builds RFC 5322 messages: alert emails for the `send_email` binding, and a raw message from
 * the fields a webmail page shows so the notice engine reads both the same way.
 */
export interface OutgoingMessage {
  from: string;
  fromName?: string;
  to?: string;
  subject: string;
  /** Omitted when unknown: the engine then judges the notice as of its arrival. */
  date?: Date;
  messageId?: string;
  text: string;
  html?: string;
  /** Extra headers, kept in order; values are folded onto one line, never trusted to be clean. */
  headers?: [string, string][];
}

const encoder = new TextEncoder();

function base64(text: string): string {
  const bytes = encoder.encode(text);
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return (btoa(binary).match(/.{1,76}/g) ?? []).join("\r\n");
}

/** One header line: no CR/LF can break out of it; non-ASCII becomes an RFC 2047 encoded word. */
export function headerValue(value: string): string {
  const line = value.replace(/[\r\n]+\s*/g, " ");
  return /^[\x20-\x7e]*$/.test(line) ? line : `=?UTF-8?B?${base64(line).replace(/\r\n/g, "")}?=`;
}

function headerName(name: string): string | null {
  return /^[!-9;-~]+$/.test(name) ? name : null;
}

function mailbox(address: string, name?: string): string {
  const clean = address.replace(/[\r\n<>\s]/g, "");
  return name ? `${headerValue(`"${name.replace(/["\\]/g, "")}"`)} <${clean}>` : clean;
}

function part(type: string, body: string): string {
  return `Content-Type: ${type}; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${base64(body)}\r\n`;
}

/** The message as CRLF text, ready for `new EmailMessage(from, to, raw)` or the notice engine. */
export function composeMessage(message: OutgoingMessage): string {
  const lines = [`From: ${mailbox(message.from, message.fromName)}`];
  if (message.to) lines.push(`To: ${mailbox(message.to)}`);
  lines.push(`Subject: ${headerValue(message.subject)}`);
  if (message.date) lines.push(`Date: ${message.date.toUTCString().replace("GMT", "+0000")}`);
  if (message.messageId) lines.push(`Message-ID: ${headerValue(message.messageId)}`);
  const reserved = new Set([
    "from",
    "to",
    "subject",
    "date",
    "message-id",
    "mime-version",
    "content-type",
    "content-transfer-encoding",
  ]);
  for (const [name, value] of message.headers ?? []) {
    const clean = headerName(name);
    if (clean && !reserved.has(clean.toLowerCase())) lines.push(`${clean}: ${headerValue(value)}`);
  }
  lines.push("MIME-Version: 1.0");
  if (!message.html) return `${lines.join("\r\n")}\r\n${part("text/plain", message.text)}`;
  // Every part is base64, whose alphabet has no "_": the boundary can never occur inside a part,
  // so it can be fixed, and the same fields always compose the same bytes (dedupe by hash).
  const boundary = "=_certitude_alternative";
  lines.push(`Content-Type: multipart/alternative; boundary="${boundary}"`);
  return [
    `${lines.join("\r\n")}\r\n`,
    `--${boundary}\r\n${part("text/plain", message.text)}`,
    `--${boundary}\r\n${part("text/html", message.html)}`,
    `--${boundary}--\r\n`,
  ].join("\r\n");
}
