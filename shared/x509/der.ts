/**
 * A minimal DER reader: locates elements by tag and length without building objects, so the
 * fields Certitude needs can be read even when a library would refuse the whole structure
 * (an odd time, an extension it cannot decode, bytes after the end).
 */

/** One DER element; offsets point into the bytes it was read from. */
export interface Tlv {
  tag: number;
  /** Offset of the tag byte. */
  offset: number;
  /** Offset of the first content byte. */
  start: number;
  /** Offset just past the content. */
  end: number;
}

/** One DER element at `offset`, or null when the bytes there are not one (or run past `limit`). */
export function readTlv(der: Uint8Array, offset: number, limit = der.byteLength): Tlv | null {
  if (offset + 2 > limit) return null;
  const tag = der[offset];
  if ((tag & 0x1f) === 0x1f) return null; // multi-byte tags do not occur in X.509
  let length = der[offset + 1];
  let start = offset + 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    // DER writes a length in its shortest form: no leading zero byte, no long form below 128.
    if (count === 0 || count > 4 || start + count > limit || der[start] === 0) return null;
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + der[start + i];
    if (length < 0x80) return null;
    start += count;
  }
  const end = start + length;
  return end <= limit ? { tag, offset, start, end } : null;
}

/** The elements inside a constructed element, in order; null when they do not fill it exactly. */
export function childrenOf(der: Uint8Array, parent: Tlv): Tlv[] | null {
  const items: Tlv[] = [];
  for (let offset = parent.start; offset < parent.end; ) {
    const item = readTlv(der, offset, parent.end);
    if (!item) return null;
    items.push(item);
    offset = item.end;
  }
  return items;
}

/** Whether every constructed element inside `tlv` is well-formed DER, all the way down. */
export function isWellFormed(der: Uint8Array, tlv: Tlv, depth = 0): boolean {
  if (!(tlv.tag & 0x20)) return true;
  if (depth > 32) return false; // no X.509 structure nests this deep
  const items = childrenOf(der, tlv);
  return items !== null && items.every((item) => isWellFormed(der, item, depth + 1));
}

/** The content bytes of an element. */
export function contentOf(der: Uint8Array, tlv: Tlv): Uint8Array {
  return der.subarray(tlv.start, tlv.end);
}

/** The whole element, header included, as a copy. */
export function elementOf(der: Uint8Array, tlv: Tlv): Uint8Array<ArrayBuffer> {
  return der.slice(tlv.offset, tlv.end);
}

/** Bytes as upper-case hex without separators. */
export function toHex(bytes: Uint8Array): string {
  let hex = "";
  for (const b of bytes) hex += b.toString(16).padStart(2, "0");
  return hex.toUpperCase();
}

/** An OBJECT IDENTIFIER's content as dotted text (`2.5.29.17`). */
export function decodeOid(content: Uint8Array): string {
  const arcs: number[] = [];
  let value = 0;
  for (const byte of content) {
    value = value * 128 + (byte & 0x7f);
    if (byte & 0x80) continue;
    if (arcs.length === 0) arcs.push(value < 80 ? Math.floor(value / 40) : 2, value < 80 ? value % 40 : value - 80);
    else arcs.push(value);
    value = 0;
  }
  return arcs.join(".");
}

/** DER tags of the ASN.1 string types that names and SANs use. */
export const STRING_TAGS = {
  utf8: 0x0c,
  printable: 0x13,
  teletex: 0x14,
  ia5: 0x16,
  visible: 0x1a,
  universal: 0x1c,
  bmp: 0x1e,
} as const;

/**
 * The text of a string element. IA5String and the like should be ASCII; when they hold UTF-8
 * (it happens in the wild) it is read as UTF-8, and as Latin-1 only when it is not UTF-8.
 */
export function decodeString(tag: number, content: Uint8Array): string {
  if (tag === STRING_TAGS.bmp) return String.fromCharCode(...readUnits(content, 2));
  if (tag === STRING_TAGS.universal) return String.fromCodePoint(...readUnits(content, 4).filter((c) => c <= 0x10ffff));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(content);
  } catch {
    return new TextDecoder("latin1").decode(content);
  }
}

function readUnits(content: Uint8Array, size: number): number[] {
  const units: number[] = [];
  for (let i = 0; i + size <= content.length; i += size) {
    let unit = 0;
    for (let j = 0; j < size; j++) unit = unit * 256 + content[i + j];
    units.push(unit);
  }
  return units;
}
