/**
 * A serial number's INTEGER content as `openssl x509 -serial` prints it: the magnitude in
 * upper-case hex with an even number of digits, `-` before a negative one (not its two's complement).
 * @example formatSerial(Uint8Array.of(0xfb)) // "-05"
 */
export function formatSerial(content: Uint8Array): string {
  if (content.length === 0) return "00";
  const negative = (content[0] & 0x80) !== 0;
  let magnitude = 0n;
  for (const byte of content) magnitude = magnitude * 256n + BigInt(negative ? byte ^ 0xff : byte);
  if (negative) magnitude += 1n;
  let hex = magnitude.toString(16).toUpperCase();
  if (hex.length % 2) hex = `0${hex}`;
  return negative ? `-${hex}` : hex;
}
