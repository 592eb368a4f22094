// Builders of hostile MIME structures for the property tests: what a sender could craft to
// make a parser slow or make it fail.

const HEAD =
  "From: DigiCert <no-reply@digicert.com>\r\nSubject: Notice\r\nDate: Mon, 9 Nov 2026 10:14:00 +0000\r\nMIME-Version: 1.0\r\n";

/** Multiparts nested `depth` levels deep, each with its own boundary. */
export function deeplyNested(depth: number): string {
  let body = "Content-Type: text/plain\r\n\r\nYour certificate expires in 30 days.\r\n";
  for (let level = depth; level > 0; level--) {
    body = `Content-Type: multipart/mixed; boundary="b${level}"\r\n\r\n--b${level}\r\n${body}--b${level}--\r\n`;
  }
  return HEAD + body;
}

/** One multipart/mixed with `count` small text parts. */
export function manyParts(count: number): string {
  const parts = Array.from({ length: count }, (_, i) => `--p\r\nContent-Type: text/plain\r\n\r\npart ${i}\r\n`).join(
    "",
  );
  return `${HEAD}Content-Type: multipart/mixed; boundary="p"\r\n\r\n${parts}--p--\r\n`;
}

/** A header line of `length` characters. */
export function longHeaderLine(length: number): string {
  return `${HEAD}X-Padding: ${"a".repeat(length)}\r\nContent-Type: text/plain\r\n\r\nExpires in 30 days.\r\n`;
}

/** A body declared in a charset and transfer encoding that do not exist or do not fit it. */
export function badEncoding(charset: string, encoding: string, body: string): string {
  return `${HEAD}Content-Type: text/plain; charset="${charset}"\r\nContent-Transfer-Encoding: ${encoding}\r\n\r\n${body}\r\n`;
}
