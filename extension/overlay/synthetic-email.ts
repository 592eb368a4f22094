import type { OpenMessage } from "../providers/types";

// The notice engine reads RFC 822. A webmail page shows the message already decoded, so the
// overlay writes a minimal email back from what the page shows. Everything that came from the
// page is encoded (RFC 2047 words in headers, base64 in the body), so no header or body text can
// inject a header line, a MIME boundary or an Authentication-Results verdict of its own.

const utf8 = new TextEncoder();

function base64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** RFC 2047 encoded words of at most 45 bytes each (75 characters), split between characters. */
function encodedWords(value: string): string {
  const clean = value.replace(/[\r\n\t]+/g, " ").trim();
  if (/^[\x20-\x7e]*$/.test(clean) && !/=\?|[<>"\\]/.test(clean)) return clean;
  const words: string[] = [];
  let chunk = "";
  for (const character of clean) {
    if (utf8.encode(chunk + character).length > 45) {
      words.push(`=?UTF-8?B?${base64(utf8.encode(chunk))}?=`);
      chunk = "";
    }
    chunk += character;
  }
  if (chunk) words.push(`=?UTF-8?B?${base64(utf8.encode(chunk))}?=`);
  return words.join("\r\n ");
}

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const two = (n: number) => String(n).padStart(2, "0");

/** An RFC 5322 date in UTC: `Tue, 17 Nov 2026 08:14:00 +0000`. */
export function rfc5322Date(date: Date): string {
  return (
    `${DAYS[date.getUTCDay()]}, ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} ` +
    `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())} +0000`
  );
}

/** The From header value: an encoded display name and the address read from the page. */
export function fromHeader(message: Pick<OpenMessage, "from">): string {
  const { name, address } = message.from;
  return name ? `${encodedWords(name)} <${address}>` : `<${address}>`;
}

/** A minimal RFC 822 message carrying the open message's From, Subject, Date and body text. */
export function syntheticEmail(message: OpenMessage): string {
  const headers = [
    `From: ${fromHeader(message)}`,
    `Subject: ${encodedWords(message.subject)}`,
    ...(message.date ? [`Date: ${rfc5322Date(message.date)}`] : []),
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: base64",
  ];
  const body = base64(utf8.encode(message.text)).replace(/.{76}/g, "$&\r\n");
  return `${headers.join("\r\n")}\r\n\r\n${body}\r\n`;
}
