/**
 * A CRL read straight from its DER, without building an object per revoked certificate: a CA's
 * CRL can list hundreds of thousands of serials, and a full ASN.1 parse of it costs seconds of
 * CPU (scripts/crl-bench.ts). Only the fields a check needs are located; entries are scanned by
 * their serial's bytes.
 */

interface Tlv {
  tag: number;
  /** Offset of the tag byte. */
  offset: number;
  /** Offset of the first content byte. */
  start: number;
  /** Offset just past the content. */
  end: number;
}

/** One DER element at `offset`, or null when the bytes there are not one (or run past `limit`). */
function readTlv(der: Uint8Array, offset: number, limit = der.byteLength): Tlv | null {
  if (offset + 2 > limit) return null;
  const tag = der[offset];
  let length = der[offset + 1];
  let start = offset + 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    if (count === 0 || count > 4 || start + count > limit) return null;
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + der[start + i];
    start += count;
  }
  const end = start + length;
  return end <= limit ? { tag, offset, start, end } : null;
}

/** The elements inside a constructed element, in order. */
function children(der: Uint8Array, parent: Tlv): Tlv[] | null {
  const items: Tlv[] = [];
  for (let offset = parent.start; offset < parent.end; ) {
    const item = readTlv(der, offset, parent.end);
    if (!item) return null;
    items.push(item);
    offset = item.end;
  }
  return items;
}

const SEQUENCE = 0x30;
const INTEGER = 0x02;
const UTC_TIME = 0x17;
const GENERALIZED_TIME = 0x18;
const CONTEXT_0 = 0xa0;

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
}

/** Locates the fields of a DER CRL (RFC 5280 §5.1); null when the bytes are not one. */
export function readCrlDer(der: Uint8Array<ArrayBuffer>): CrlView | null {
  const outer = readTlv(der, 0);
  if (!outer || outer.tag !== SEQUENCE || outer.end !== der.byteLength) return null;
  const parts = children(der, outer);
  if (!parts || parts.length !== 3 || parts[0].tag !== SEQUENCE || parts[1].tag !== SEQUENCE || parts[2].tag !== 0x03) return null;
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
  if (fields[i + (revoked ? 1 : 0)] && fields[i + (revoked ? 1 : 0)].tag !== CONTEXT_0) return null;
  return {
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

/** UTCTime (YYMMDDHHMMSSZ, years 1950–2049) or GeneralizedTime (YYYYMMDDHHMMSSZ), as DER writes them. */
function readTime(der: Uint8Array, tlv: Tlv): Date | null {
  const text = new TextDecoder().decode(der.subarray(tlv.start, tlv.end));
  const match =
    tlv.tag === UTC_TIME
      ? /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(text)
      : tlv.tag === GENERALIZED_TIME
        ? /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(?:\.\d+)?Z$/.exec(text)
        : null;
  if (!match) return null;
  const year = tlv.tag === UTC_TIME ? (Number(match[1]) >= 50 ? 1900 : 2000) + Number(match[1]) : Number(match[1]);
  const time = Date.UTC(year, Number(match[2]) - 1, Number(match[3]), Number(match[4]), Number(match[5]), Number(match[6]));
  return Number.isNaN(time) ? null : new Date(time);
}

/** A copy of the whole element, header included. */
function slice(der: Uint8Array<ArrayBuffer>, tlv: Tlv): Uint8Array<ArrayBuffer> {
  return der.slice(tlv.offset, tlv.end);
}
