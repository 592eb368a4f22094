/**
 * A CRL read straight from its DER, without building an object per revoked certificate: a CA's
 * CRL can list hundreds of thousands of serials, and a full ASN.1 parse of it costs seconds of
 * CPU (scripts/crl-bench.ts). Only the fields a check needs are located; entries are scanned by
 * their serial's bytes.
 */

import { readAsn1Time } from "../../../shared/x509/asn1-time";
import { childrenOf as children, contentOf, decodeOid, readTlv, type Tlv } from "../../../shared/x509/der";
import { distributionPointUrls, extensionEntries } from "../../../shared/x509/extensions";

const SEQUENCE = 0x30;
const INTEGER = 0x02;
const UTC_TIME = 0x17;
const GENERALIZED_TIME = 0x18;
const CONTEXT_0 = 0xa0;
const CRL_NUMBER = "2.5.29.20";
const DELTA_CRL_INDICATOR = "2.5.29.27";
const FRESHEST_CRL = "2.5.29.46";

/** The parts of a CRL a revocation check reads; byte ranges point into `der`. */
export interface CrlView {
  der: Uint8Array<ArrayBuffer>;
  /** tbsCertList, as signed. */
  tbs: Uint8Array<ArrayBuffer>;
  /** DER of the issuer Name. */
  issuer: Uint8Array<ArrayBuffer>;
  thisUpdate: Date;
  nextUpdate: Date | null;
  /** Where the revokedCertificates SEQUENCE OF is, when the CRL lists any. */
  revoked: { start: number; end: number } | null;
  /** DER of the outer signatureAlgorithm AlgorithmIdentifier. */
  signatureAlgorithm: Uint8Array<ArrayBuffer>;
  /** DER of the signatureValue BIT STRING. */
  signature: Uint8Array<ArrayBuffer>;
  /** The signature algorithm's OID (DSA ones cannot be verified with WebCrypto). */
  signatureOid: string;
  /** cRLNumber, hex, when the CRL carries one. */
  crlNumber: bigint | null;
  /** For a delta CRL (deltaCRLIndicator): the number of the complete CRL it updates. */
  deltaBase: bigint | null;
  /** HTTP(S) URLs of the Freshest CRL extension: where this complete CRL's delta CRLs are. */
  freshestCrlUrls: string[];
}

/** Locates the fields of a DER CRL (RFC 5280 §5.1); null when the bytes are not one. */
export function readCrlDer(der: Uint8Array<ArrayBuffer>): CrlView | null {
  const outer = readTlv(der, 0);
  if (!outer || outer.tag !== SEQUENCE || outer.end !== der.byteLength) return null;
  return readCrlAt(der, outer);
}

/**
 * Every CRL of DER bytes holding one or several CRLs one after the other (a concatenated
 * download); empty when the bytes are not CRLs, or have anything else between or after them.
 */
export function readConcatenatedCrls(bytes: Uint8Array<ArrayBuffer>): CrlView[] {
  const single = readCrlDer(bytes); // the usual case, without copying megabytes
  if (single) return [single];
  const views: CrlView[] = [];
  for (let offset = 0; offset < bytes.byteLength; ) {
    const outer = readTlv(bytes, offset);
    if (!outer || outer.tag !== SEQUENCE) return [];
    const view = readCrlDer(bytes.slice(offset, outer.end));
    if (!view) return [];
    views.push(view);
    offset = outer.end;
  }
  return views;
}

function readCrlAt(der: Uint8Array<ArrayBuffer>, outer: Tlv): CrlView | null {
  const parts = children(der, outer);
  if (!parts || parts.length !== 3 || parts[0].tag !== SEQUENCE || parts[1].tag !== SEQUENCE || parts[2].tag !== 0x03)
    return null;
  const fields = children(der, parts[0]);
  if (!fields) return null;
  let i = fields[0]?.tag === INTEGER ? 1 : 0; // optional version
  const [, issuer, thisUpdateTlv] = [fields[i], fields[i + 1], fields[i + 2]];
  if (!issuer || issuer.tag !== SEQUENCE || !thisUpdateTlv) return null;
  const thisUpdate = readTime(der, thisUpdateTlv);
  if (!thisUpdate) return null;
  i += 3;
  let nextUpdate: Date | null = null;
  if (fields[i] && (fields[i].tag === UTC_TIME || fields[i].tag === GENERALIZED_TIME)) {
    nextUpdate = readTime(der, fields[i]);
    if (!nextUpdate) return null;
    i += 1;
  }
  const revoked = fields[i]?.tag === SEQUENCE ? fields[i] : null;
  const extensions = fields[i + (revoked ? 1 : 0)];
  if (extensions && extensions.tag !== CONTEXT_0) return null;
  const algorithmOid = children(der, parts[1])?.[0];
  return {
    ...readCrlExtensions(der, extensions),
    signatureOid: algorithmOid?.tag === 0x06 ? decodeOid(contentOf(der, algorithmOid)) : "?",
    der,
    tbs: slice(der, parts[0]),
    issuer: slice(der, issuer),
    thisUpdate,
    nextUpdate,
    revoked,
    signatureAlgorithm: slice(der, parts[1]),
    signature: slice(der, parts[2]),
  };
}

/** DER of the revokedCertificates entry for `serialHex`, or null when the CRL does not list it. */
export function findRevokedEntry(view: CrlView, serialHex: string): Uint8Array<ArrayBuffer> | null {
  if (!view.revoked) return null;
  const wanted = serialBytes(serialHex);
  const { der } = view;
  for (let offset = view.revoked.start; offset < view.revoked.end; ) {
    const entry = readTlv(der, offset, view.revoked.end);
    if (!entry || entry.tag !== SEQUENCE) return null;
    const serial = readTlv(der, entry.start, entry.end);
    if (serial?.tag === INTEGER && sameInteger(der, serial, wanted)) return slice(der, entry);
    offset = entry.end;
  }
  return null;
}

function serialBytes(hex: string): Uint8Array {
  const clean = hex.replace(/[^0-9a-f]/gi, "");
  const even = clean.length % 2 ? `0${clean}` : clean;
  return Uint8Array.from(even.match(/../g) ?? [], (pair) => parseInt(pair, 16));
}

/** Compares an INTEGER's content with serial bytes, ignoring leading zero (sign) bytes on both. */
function sameInteger(der: Uint8Array, integer: Tlv, wanted: Uint8Array): boolean {
  let a = integer.start;
  while (a < integer.end - 1 && der[a] === 0) a++;
  let b = 0;
  while (b < wanted.length - 1 && wanted[b] === 0) b++;
  if (integer.end - a !== wanted.length - b) return false;
  for (; a < integer.end; a++, b++) if (der[a] !== wanted[b]) return false;
  return true;
}

/** A CRL time as X.680 reads it (offsets, missing seconds); null when it is not one. */
function readTime(der: Uint8Array, tlv: Tlv): Date | null {
  try {
    return readAsn1Time(tlv.tag, contentOf(der, tlv), "CRL");
  } catch {
    return null;
  }
}

type CrlExtensions = Pick<CrlView, "crlNumber" | "deltaBase" | "freshestCrlUrls">;

/** cRLNumber, deltaCRLIndicator and Freshest CRL from the `[0]` crlExtensions; unknown ones are skipped. */
function readCrlExtensions(der: Uint8Array, wrapper: Tlv | undefined): CrlExtensions {
  const found: CrlExtensions = { crlNumber: null, deltaBase: null, freshestCrlUrls: [] };
  for (const { oid, value } of extensionEntries(der, wrapper)) {
    if (!value) continue;
    if (oid === CRL_NUMBER && value.tag === INTEGER) found.crlNumber = integerOf(contentOf(der, value));
    if (oid === DELTA_CRL_INDICATOR && value.tag === INTEGER) found.deltaBase = integerOf(contentOf(der, value));
    if (oid === FRESHEST_CRL)
      found.freshestCrlUrls = (distributionPointUrls(der, value) ?? []).filter((url) => /^https?:\/\//i.test(url));
  }
  return found;
}

function integerOf(content: Uint8Array): bigint {
  let value = 0n;
  for (const byte of content) value = value * 256n + BigInt(byte);
  return value;
}

/** A copy of the whole element, header included. */
function slice(der: Uint8Array<ArrayBuffer>, tlv: Tlv): Uint8Array<ArrayBuffer> {
  return der.slice(tlv.offset, tlv.end);
}
