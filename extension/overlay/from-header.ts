import type { OpenMessage } from "../providers/types";

// The Worker's classify route keeps the From header a page showed beside the fields it stores.
// The display name came from the page: it is written as RFC 2047 encoded words, so no text in it
// can start a header line of its own.

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

/** The From header value: an encoded display name and the address read from the page. */
export function fromHeader(message: Pick<OpenMessage, "from">): string {
  const { name, address } = message.from;
  return name ? `${encodedWords(name)} <${address}>` : `<${address}>`;
}
