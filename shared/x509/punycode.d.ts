/** Types for punycode.js (Mathias Bynens' RFC 3492 converter), which ships none. */
declare module "punycode.js" {
  const punycode: {
    /** A domain name with its non-ASCII labels as `xn--` labels. */
    toASCII(domain: string): string;
    /** A domain name with its `xn--` labels decoded. */
    toUnicode(domain: string): string;
  };
  export default punycode;
}
