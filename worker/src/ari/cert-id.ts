import "reflect-metadata";
import * as x509 from "@peculiar/x509";

function base64url(bytes: Uint8Array): string {
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function hexBytes(hex: string): Uint8Array {
  return new Uint8Array((hex.match(/../g) ?? []).map((h) => parseInt(h, 16)));
}

/**
 * The ARI certificate identifier (RFC 9773 §4.1): base64url of the Authority Key Identifier's
 * keyIdentifier, ".", base64url of the serial number's DER content octets (a leading 00 kept
 * when the high bit is set). Null without an AKI keyIdentifier (ARI cannot name the certificate).
 */
export function ariCertificateId(pem: string): string | null {
  const cert = new x509.X509Certificate(pem);
  const aki = cert.getExtension(x509.AuthorityKeyIdentifierExtension);
  if (!aki?.keyId) return null;
  // @peculiar/x509 gives the serial's content octets as hex, sign padding included.
  let serial = cert.serialNumber.toLowerCase();
  if (serial.length % 2) serial = `0${serial}`;
  if (parseInt(serial.slice(0, 2), 16) >= 0x80) serial = `00${serial}`;
  return `${base64url(hexBytes(aki.keyId))}.${base64url(hexBytes(serial))}`;
}
