import { scanPem } from "./pem-scan";

/** Why a certificate upload was refused; the Worker maps each code to an HTTP status. */
export type CertificateInputErrorCode =
  | "private_key"
  | "pkcs12"
  | "no_certificate"
  | "malformed_certificate"
  | "too_many_certificates"
  | "no_end_entity";

/** A certificate upload that cannot be accepted, with a message that says what was wrong. */
export class CertificateInputError extends Error {
  readonly code: CertificateInputErrorCode;

  constructor(code: CertificateInputErrorCode, message: string) {
    super(message);
    this.name = "CertificateInputError";
    this.code = code;
  }
}

/** One `-----BEGIN <label>----- … -----END <label>-----` block of a PEM text. */
export interface PemBlock {
  label: string;
  /** The base64 body without whitespace. */
  base64: string;
}

const PRIVATE_KEY = /-----BEGIN [A-Z0-9 ]{0,64}PRIVATE KEY-----/;

/** Labels that hold an X.509 certificate. */
export const CERTIFICATE_LABELS: readonly string[] = ["CERTIFICATE", "X509 CERTIFICATE"];

/** Whether a text holds any private key block (`PRIVATE KEY`, `RSA PRIVATE KEY`, `ENCRYPTED PRIVATE KEY` …). */
export function containsPrivateKey(text: string): boolean {
  return PRIVATE_KEY.test(text);
}

/**
 * The PEM blocks of a text, in order. CRLF line ends, text between or after blocks
 * (`Bag Attributes`, comments, trailing garbage) are tolerated; a BEGIN without its END is not.
 * @example findPemBlocks(chainPem).map((b) => b.label) // ["CERTIFICATE", "CERTIFICATE"]
 */
export function findPemBlocks(text: string): PemBlock[] {
  const scan = scanPem(text);
  if (scan.unterminated) {
    throw new CertificateInputError(
      "malformed_certificate",
      "A PEM block has a BEGIN line but no matching END line (truncated?).",
    );
  }
  return scan.blocks.map((block) => ({ label: block.label, base64: block.body.replace(/\s+/g, "") }));
}

/** Decodes a base64 body, refusing characters base64 does not have. */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64) || base64.length % 4 === 1) {
    throw new CertificateInputError("malformed_certificate", "A PEM block's body is not valid base64.");
  }
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** DER bytes as a PEM certificate block (64-character lines, LF, trailing newline). */
export function derToPem(der: Uint8Array, label = "CERTIFICATE"): string {
  let binary = "";
  for (const b of der) binary += String.fromCharCode(b);
  const lines = btoa(binary).match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join("\n")}\n-----END ${label}-----\n`;
}
