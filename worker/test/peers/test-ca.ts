import "reflect-metadata";
import * as x509 from "@peculiar/x509";

/**
 * A small certificate authority for tests: it issues leaf certificates (and CT precertificates),
 * signs CRLs and keeps the revocation register its CRL and OCSP responders publish.
 * Everything it hands out is real DER signed with real keys.
 */

/** Key types real CAs sign with: ECDSA P-256, ECDSA P-384 (e.g. Let's Encrypt E-series), RSA 2048. */
export type CaKeyType = "P-256" | "P-384" | "RSA";

const KEYS: Record<CaKeyType, { generate: EcKeyGenParams | RsaHashedKeyGenParams; sign: Algorithm | EcdsaParams }> = {
  "P-256": {
    generate: { name: "ECDSA", namedCurve: "P-256" },
    sign: { name: "ECDSA", hash: "SHA-256" } as EcdsaParams,
  },
  "P-384": {
    generate: { name: "ECDSA", namedCurve: "P-384" },
    sign: { name: "ECDSA", hash: "SHA-384" } as EcdsaParams,
  },
  RSA: {
    generate: {
      name: "RSASSA-PKCS1-v1_5",
      modulusLength: 2048,
      publicExponent: new Uint8Array([1, 0, 1]),
      hash: "SHA-256",
    },
    sign: { name: "RSASSA-PKCS1-v1_5" },
  },
};
const EC = KEYS["P-256"].generate;
/** CT poison extension (RFC 6962 §3.1): marks a precertificate. */
export const CT_POISON_OID = "1.3.6.1.4.1.11129.2.4.3";

export interface Revocation {
  revokedAt: Date;
  reason?: x509.X509CrlReason;
}

export interface IssueOptions {
  names: string[];
  serialNumber?: string;
  notBefore?: Date;
  notAfter?: Date;
  precertificate?: boolean;
  /** Omit the CRL distribution point (e.g. to force OCSP). */
  withoutCrl?: boolean;
  withoutOcsp?: boolean;
}

export interface TestCa {
  name: string;
  host: string;
  keys: CryptoKeyPair;
  certificate: x509.X509Certificate;
  crlUrl: string;
  ocspUrl: string;
  caIssuersUrl: string;
  revoked: Map<string, Revocation>;
  issue(options: IssueOptions): Promise<x509.X509Certificate>;
  revoke(serialNumber: string, revocation: Revocation): void;
  signCrl(options: { thisUpdate: Date; nextUpdate: Date; signingKey?: CryptoKey }): Promise<Uint8Array<ArrayBuffer>>;
  /** A certificate this CA delegates OCSP signing to (id-kp-OCSPSigning). */
  issueOcspResponder(): Promise<{ certificate: x509.X509Certificate; keys: CryptoKeyPair }>;
}

let serialCounter = 0x1000;

/** Makes a fresh CA at `host` ("ca.test") whose certificates point to its own CRL/OCSP/issuer URLs. */
export async function createTestCa(
  name = "Certitude Test CA",
  host = "ca.test",
  keyType: CaKeyType = "P-256",
  organization = "Certitude Test",
): Promise<TestCa> {
  const SIGNING = KEYS[keyType].sign;
  const keys = (await crypto.subtle.generateKey(KEYS[keyType].generate, true, ["sign", "verify"])) as CryptoKeyPair;
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({
    name: `CN=${name}, O=${organization}`,
    keys,
    serialNumber: "01",
    notBefore: new Date("2020-01-01T00:00:00Z"),
    notAfter: new Date("2040-01-01T00:00:00Z"),
    signingAlgorithm: SIGNING,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  const crlUrl = `http://${host}/crl/ca.crl`;
  const ocspUrl = `http://${host}/ocsp`;
  const caIssuersUrl = `http://${host}/ca.cer`;
  const revoked = new Map<string, Revocation>();

  const ca: TestCa = {
    name,
    host,
    keys,
    certificate,
    crlUrl,
    ocspUrl,
    caIssuersUrl,
    revoked,
    async issue(options) {
      const leafKeys = (await crypto.subtle.generateKey(EC, true, ["sign", "verify"])) as CryptoKeyPair;
      const extensions: x509.Extension[] = [
        new x509.BasicConstraintsExtension(false, undefined, true),
        new x509.SubjectAlternativeNameExtension(options.names.map((value) => ({ type: "dns" as const, value }))),
        await x509.AuthorityKeyIdentifierExtension.create(certificate),
        new x509.AuthorityInfoAccessExtension({
          caIssuers: caIssuersUrl,
          ...(options.withoutOcsp ? {} : { ocsp: ocspUrl }),
        }),
      ];
      if (!options.withoutCrl) extensions.push(new x509.CRLDistributionPointsExtension([crlUrl]));
      if (options.precertificate)
        extensions.push(new x509.Extension(CT_POISON_OID, true, new Uint8Array([0x05, 0x00])));
      return x509.X509CertificateGenerator.create({
        serialNumber: options.serialNumber ?? (serialCounter++).toString(16).padStart(8, "0"),
        subject: `CN=${options.names[0]}`,
        issuer: certificate.subject,
        notBefore: options.notBefore ?? new Date("2026-01-01T00:00:00Z"),
        notAfter: options.notAfter ?? new Date("2027-01-01T00:00:00Z"),
        publicKey: leafKeys.publicKey,
        signingKey: keys.privateKey,
        signingAlgorithm: SIGNING,
        extensions,
      });
    },
    revoke(serialNumber, revocation) {
      revoked.set(serialNumber.toLowerCase(), revocation);
    },
    async signCrl({ thisUpdate, nextUpdate, signingKey }) {
      const crl = await x509.X509CrlGenerator.create({
        issuer: certificate.subject,
        thisUpdate,
        nextUpdate,
        signingAlgorithm: SIGNING,
        signingKey: signingKey ?? keys.privateKey,
        entries: [...revoked].map(([serialNumber, r]) => ({
          serialNumber,
          revocationDate: r.revokedAt,
          reason: r.reason,
        })),
      });
      return new Uint8Array(crl.rawData);
    },
    async issueOcspResponder() {
      const responderKeys = (await crypto.subtle.generateKey(EC, true, ["sign", "verify"])) as CryptoKeyPair;
      const responder = await x509.X509CertificateGenerator.create({
        serialNumber: (serialCounter++).toString(16).padStart(8, "0"),
        subject: `CN=${name} OCSP Responder`,
        issuer: certificate.subject,
        notBefore: new Date("2020-01-01T00:00:00Z"),
        notAfter: new Date("2040-01-01T00:00:00Z"),
        publicKey: responderKeys.publicKey,
        signingKey: keys.privateKey,
        signingAlgorithm: SIGNING,
        extensions: [new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.ocspSigning])],
      });
      return { certificate: responder, keys: responderKeys };
    },
  };
  return ca;
}

/** A key pair unrelated to any CA, for forged signatures. */
export async function strangerKeys(): Promise<CryptoKeyPair> {
  return (await crypto.subtle.generateKey(EC, true, ["sign", "verify"])) as CryptoKeyPair;
}
