/** Signature algorithm OIDs → the names OpenSSL prints. */
const NAMES: Record<string, string> = {
  "1.2.840.113549.1.1.2": "md2WithRSAEncryption",
  "1.2.840.113549.1.1.4": "md5WithRSAEncryption",
  "1.2.840.113549.1.1.5": "sha1WithRSAEncryption",
  "1.2.840.113549.1.1.10": "rsassaPss",
  "1.2.840.113549.1.1.11": "sha256WithRSAEncryption",
  "1.2.840.113549.1.1.12": "sha384WithRSAEncryption",
  "1.2.840.113549.1.1.13": "sha512WithRSAEncryption",
  "1.2.840.113549.1.1.14": "sha224WithRSAEncryption",
  "1.2.840.10045.4.1": "ecdsa-with-SHA1",
  "1.2.840.10045.4.3.1": "ecdsa-with-SHA224",
  "1.2.840.10045.4.3.2": "ecdsa-with-SHA256",
  "1.2.840.10045.4.3.3": "ecdsa-with-SHA384",
  "1.2.840.10045.4.3.4": "ecdsa-with-SHA512",
  "1.3.101.112": "Ed25519",
  "1.3.101.113": "Ed448",
  "1.2.840.10040.4.3": "dsa_with_SHA1",
  "2.16.840.1.101.3.4.3.1": "dsa_with_SHA224",
  "2.16.840.1.101.3.4.3.2": "dsa_with_SHA256",
};

/** DSA signature algorithms: WebCrypto cannot verify them. */
export const DSA_SIGNATURE_OIDS: ReadonlySet<string> = new Set([
  "1.2.840.10040.4.3",
  "2.16.840.1.101.3.4.3.1",
  "2.16.840.1.101.3.4.3.2",
]);

/** The OpenSSL name of a signature algorithm OID (`sha256WithRSAEncryption`), or the OID itself. */
export function signatureAlgorithmName(oid: string): string {
  return NAMES[oid] ?? oid;
}
