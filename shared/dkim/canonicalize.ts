/** One header field as written: its name and its whole text, folds kept, without the final CRLF. */
export interface RawHeader {
  name: string;
  raw: string;
}

/** A message split for DKIM: header fields top to bottom and the body, as byte strings (one char per byte). */
export interface RawMessage {
  headers: RawHeader[];
  body: string;
}

/** Bytes as a string with one char per byte, so canonicalisation never re-encodes anything. */
function byteString(raw: string | Uint8Array | ArrayBuffer): string {
  const bytes =
    typeof raw === "string" ? new TextEncoder().encode(raw) : raw instanceof Uint8Array ? raw : new Uint8Array(raw);
  let out = "";
  for (let i = 0; i < bytes.length; i += 8192) out += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return out;
}

/** A byte string back to bytes, for hashing. */
export function bytesOf(text: string): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
  return out;
}

/**
 * Splits a message into header fields and body. Lines stored with bare LF (a saved .eml) are
 * read as CRLF, which is how they travelled and were signed.
 */
export function splitMessage(raw: string | Uint8Array | ArrayBuffer): RawMessage {
  const text = byteString(raw).replace(/\r?\n/g, "\r\n");
  const end = text.indexOf("\r\n\r\n");
  const head = end < 0 ? text : text.slice(0, end);
  const body = end < 0 ? "" : text.slice(end + 4);
  const headers: RawHeader[] = [];
  for (const line of head.split("\r\n")) {
    if (/^[ \t]/.test(line) && headers.length) headers[headers.length - 1].raw += `\r\n${line}`;
    else if (line.includes(":"))
      headers.push({ name: line.slice(0, line.indexOf(":")).trim().toLowerCase(), raw: line });
  }
  return { headers, body };
}

/** A header field canonicalised (RFC 6376 §3.4.1 simple, §3.4.2 relaxed), without its CRLF. */
export function canonicalHeader(header: RawHeader, method: "simple" | "relaxed"): string {
  if (method === "simple") return header.raw;
  const colon = header.raw.indexOf(":");
  const value = header.raw
    .slice(colon + 1)
    .replace(/\r\n/g, "")
    .replace(/[ \t]+/g, " ")
    .trim();
  return `${header.name}:${value}`;
}

/** The body canonicalised (RFC 6376 §3.4.3 simple, §3.4.4 relaxed). */
export function canonicalBody(body: string, method: "simple" | "relaxed"): string {
  if (method === "simple") {
    const trimmed = body.replace(/(?:\r\n)*$/, "");
    return `${trimmed}\r\n`;
  }
  const lines = body.split("\r\n").map((line) => line.replace(/[ \t]+/g, " ").replace(/ $/, ""));
  while (lines.length && lines[lines.length - 1] === "") lines.pop();
  return lines.length ? `${lines.join("\r\n")}\r\n` : "";
}
