/** Types for punycode.js (RFC 3492 and IDNA label conversion), which ships none. */
declare module "punycode.js" {
  /** Converts a Punycode string of ASCII symbols (a domain or a label, `xn--` prefixed) to Unicode. */
  export function toUnicode(input: string): string;
  /** Converts a Unicode domain or e-mail address to its ASCII (`xn--`) form. */
  export function toASCII(input: string): string;
  const punycode: { toUnicode: typeof toUnicode; toASCII: typeof toASCII };
  export default punycode;
}
