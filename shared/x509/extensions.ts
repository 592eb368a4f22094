import { childrenOf, contentOf, decodeOid, decodeString, readTlv, type Tlv, toHex } from "./der";
import { formatIpAddress } from "./ip-address";

/** What Certitude reads from a certificate's extensions. */
export interface CertificateExtensions {
  /** dNSName entries, as written. */
  dnsNames: string[];
  ipAddresses: string[];
  basicConstraintsCA: boolean | null;
  subjectKeyId: string | null;
  authorityKeyId: string | null;
  ocspUrls: string[];
  caIssuersUrls: string[];
  crlUrls: string[];
  /** Extensions (by OID) and SAN entries that were not read: unknown to Certitude or undecodable. */
  unread: string[];
}

const SAN_ENTRY = {
  129: "rfc822Name",
  130: "dNSName",
  134: "uniformResourceIdentifier",
  135: "iPAddress",
} as const;
const OTHER_NAMES: Record<number, string> = {
  160: "otherName",
  163: "x400Address",
  164: "directoryName",
  165: "ediPartyName",
  136: "registeredID",
};
const OCSP = "1.3.6.1.5.5.7.48.1";
const CA_ISSUERS = "1.3.6.1.5.5.7.48.2";

type Reader = (der: Uint8Array, value: Tlv, into: CertificateExtensions) => boolean;

/** Extension OID → reader of its value (the content of the extnValue OCTET STRING). False: undecodable. */
const READERS: Record<string, Reader> = {
  "2.5.29.17": (der, value, into) => {
    const names = value.tag === 0x30 ? childrenOf(der, value) : null;
    if (!names) return false;
    for (const name of names) {
      if (name.tag === 0x82) into.dnsNames.push(decodeString(0x16, contentOf(der, name)));
      else if (name.tag === 0x87) into.ipAddresses.push(formatIpAddress(contentOf(der, name)));
      else if (!(name.tag in SAN_ENTRY))
        into.unread.push(`2.5.29.17 ${OTHER_NAMES[name.tag] ?? `[${name.tag & 0x1f}]`}`);
    }
    return true;
  },
  "2.5.29.19": (der, value, into) => {
    const fields = value.tag === 0x30 ? childrenOf(der, value) : null;
    if (!fields) return false;
    into.basicConstraintsCA = fields[0]?.tag === 0x01 ? der[fields[0].start] !== 0 : false;
    return true;
  },
  "2.5.29.14": (der, value, into) => {
    if (value.tag !== 0x04) return false;
    into.subjectKeyId = toHex(contentOf(der, value));
    return true;
  },
  "2.5.29.35": (der, value, into) => {
    const fields = value.tag === 0x30 ? childrenOf(der, value) : null;
    if (!fields) return false;
    const keyId = fields.find((f) => f.tag === 0x80);
    into.authorityKeyId = keyId ? toHex(contentOf(der, keyId)) : null;
    return true;
  },
  "1.3.6.1.5.5.7.1.1": (der, value, into) => {
    const descriptions = value.tag === 0x30 ? childrenOf(der, value) : null;
    if (!descriptions) return false;
    for (const description of descriptions) {
      const [method, location] = childrenOf(der, description) ?? [];
      if (method?.tag !== 0x06 || location?.tag !== 0x86) continue;
      const oid = decodeOid(contentOf(der, method));
      const url = decodeString(0x16, contentOf(der, location));
      if (oid === OCSP) into.ocspUrls.push(url);
      if (oid === CA_ISSUERS) into.caIssuersUrls.push(url);
    }
    return true;
  },
  "2.5.29.31": (der, value, into) => {
    const urls = distributionPointUrls(der, value);
    into.crlUrls.push(...(urls ?? []));
    return urls !== null;
  },
};

/**
 * The fullName URIs of a CRLDistributionPoints-shaped value (also the Freshest CRL extension of
 * CRLs); null when the value is not a SEQUENCE of distribution points.
 */
export function distributionPointUrls(der: Uint8Array, value: Tlv): string[] | null {
  const points = value.tag === 0x30 ? childrenOf(der, value) : null;
  if (!points) return null;
  const urls: string[] = [];
  for (const point of points) {
    const name = (childrenOf(der, point) ?? []).find((f) => f.tag === 0xa0);
    const fullName = name && (childrenOf(der, name) ?? []).find((f) => f.tag === 0xa0);
    for (const general of fullName ? (childrenOf(der, fullName) ?? []) : []) {
      if (general.tag === 0x86) urls.push(decodeString(0x16, contentOf(der, general)));
    }
  }
  return urls;
}

/** One extension of an `[n] Extensions` wrapper: its OID and the element inside its extnValue (null when that is not DER). */
export interface ExtensionEntry {
  oid: string;
  value: Tlv | null;
}

/** The extensions inside a `[3]` (certificate) or `[0]` (CRL) Extensions wrapper, in order. */
export function extensionEntries(der: Uint8Array, wrapper: Tlv | undefined): ExtensionEntry[] {
  const list = wrapper ? childrenOf(der, wrapper)?.[0] : undefined;
  return (list ? (childrenOf(der, list) ?? []) : []).map((extension) => {
    const parts = childrenOf(der, extension) ?? [];
    const oid = parts[0]?.tag === 0x06 ? decodeOid(contentOf(der, parts[0])) : "?";
    const octets = parts[parts.length - 1];
    const value = octets?.tag === 0x04 ? readTlv(der, octets.start, octets.end) : null;
    return { oid, value: value && value.end === octets.end ? value : null };
  });
}

/**
 * Reads the extensions Certitude uses from the `[3] Extensions` element of a tbsCertificate.
 * An extension it does not know or cannot decode is listed in `unread`, never fatal: Certitude
 * watches expiry, and a strange policy or x400Address name does not change when a certificate ends.
 */
export function readExtensions(der: Uint8Array, wrapper: Tlv | undefined): CertificateExtensions {
  const into: CertificateExtensions = {
    dnsNames: [],
    ipAddresses: [],
    basicConstraintsCA: null,
    subjectKeyId: null,
    authorityKeyId: null,
    ocspUrls: [],
    caIssuersUrls: [],
    crlUrls: [],
    unread: [],
  };
  for (const { oid, value } of extensionEntries(der, wrapper)) {
    const reader = READERS[oid];
    if (!reader || !value || !reader(der, value, into)) into.unread.push(oid);
  }
  return into;
}
