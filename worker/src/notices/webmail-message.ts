import { composeMessage } from "../mail/compose";

/** What a webmail page shows of a message (the extension's `classify-store` notice). */
export interface WebmailMessage {
  from: string;
  subject: string;
  date: string;
  text: string;
  html?: string;
  headers?: Record<string, string | string[]>;
}

/** `"Name" <address>` or a bare address, as webmail shows a sender. */
function splitMailbox(from: string): { name?: string; address: string } {
  const angle = /^\s*"?([^"<]*?)"?\s*<([^<>\s]+)>\s*$/.exec(from);
  if (angle) return { name: angle[1].trim() || undefined, address: angle[2] };
  return { address: from.trim() };
}

/**
 * Turns the fields a webmail page shows into an RFC 822 message, so the engine reads a page the
 * same way it reads a raw email. Header values cannot break out of their line; headers the page
 * passed along (e.g. Authentication-Results) are kept.
 */
export function webmailToRaw(message: WebmailMessage): string {
  const { name, address } = splitMailbox(message.from);
  const date = new Date(message.date);
  const headers = Object.entries(message.headers ?? {}).flatMap(([key, value]) =>
    (Array.isArray(value) ? value : [value]).map((v): [string, string] => [key, v]),
  );
  const messageId = headers.find(([key]) => key.toLowerCase() === "message-id")?.[1];
  return composeMessage({
    from: address,
    fromName: name,
    subject: message.subject,
    date: Number.isNaN(date.getTime()) ? undefined : date,
    messageId,
    text: message.text,
    html: message.html,
    headers,
  });
}
