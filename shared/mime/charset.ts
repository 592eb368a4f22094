import { CP1252_C1 } from "./html-entities";

// Byte value of each character in Windows-1252 (and ISO-8859-1 for the C1 controls), the
// encodings UTF-8 text is most often mistaken for.
const CP1252_BYTE = new Map<string, number>();
for (let b = 0; b < 0x100; b++) CP1252_BYTE.set(String.fromCharCode(b), b);
for (const [index, glyph] of CP1252_C1.entries()) if (glyph) CP1252_BYTE.set(glyph, 0x80 + index);

// A UTF-8 lead byte read as Windows-1252 (Ã, Â, â, Å, ð …) followed by a continuation byte.
const TELLTALE =
  /[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2122]/;

function byteOf(ch: string): number {
  return CP1252_BYTE.get(ch) ?? -1;
}

/** Decodes one UTF-8 sequence from bytes, or returns null when it is not well-formed. */
function utf8Sequence(bytes: number[]): string | null {
  const [lead] = bytes;
  const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
  if (bytes.length !== length) return null;
  let code = lead & (length === 2 ? 0x1f : length === 3 ? 0x0f : 0x07);
  for (const b of bytes.slice(1)) {
    if (b < 0x80 || b > 0xbf) return null;
    code = (code << 6) | (b & 0x3f);
  }
  const min = length === 2 ? 0x80 : length === 3 ? 0x800 : 0x10000;
  if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
  return String.fromCodePoint(code);
}

// "ä" followed by two no-break spaces is also well-formed UTF-8 (a CJK letter): a three-byte
// sequence holding 0xA0 counts only when it decodes to punctuation or symbols (–, ™, €).
function plausible(decoded: string, bytes: number[]): boolean {
  if (bytes.length !== 3 || !bytes.includes(0xa0)) return true;
  const code = decoded.codePointAt(0)!;
  return code >= 0x2000 && code <= 0x2bff;
}

/** True when text shows UTF-8 read as Windows-1252 or Latin-1 (`LÃ¶sungen`, `Symantecâ„¢`). */
export function hasMojibake(text: string): boolean {
  return TELLTALE.test(text);
}

/**
 * Repairs UTF-8 text that was decoded as Windows-1252 or ISO-8859-1 (`LÃ¶sungen` →
 * `Lösungen`). Each suspicious sequence is re-encoded to its bytes and kept repaired only
 * when those bytes are well-formed UTF-8; correct accented text is left as it is.
 *
 * @example repairMojibake("Symantecâ„¢ Zertifikat lÃ¤uft ab") // "Symantec™ Zertifikat läuft ab"
 */
export function repairMojibake(text: string): string {
  // Text that went through the mistake twice (`LÃƒÂ¶sungen`) needs a second pass.
  const once = repairOnce(text);
  return once !== text && hasMojibake(once) ? repairOnce(once) : once;
}

function repairOnce(text: string): string {
  if (!hasMojibake(text)) return text;
  let out = "";
  let i = 0;
  while (i < text.length) {
    const lead = byteOf(text[i]);
    if (lead >= 0xc2 && lead <= 0xf4) {
      const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
      const bytes = Array.from(text.slice(i, i + length), byteOf);
      const decoded = bytes.length === length && !bytes.includes(-1) ? utf8Sequence(bytes) : null;
      if (decoded && plausible(decoded, bytes)) {
        out += decoded;
        i += length;
        continue;
      }
    }
    out += text[i];
    i++;
  }
  return out;
}

/**
 * Characters that take no space: zero-width joiners and spaces, soft hyphens, the combining
 * grapheme joiner marketing mail pads preheaders with. Removed before anything is read.
 */
// biome-ignore lint/suspicious/noMisleadingCharacterClass: each of these is removed on its own, joined to nothing.
export const INVISIBLE_CHARACTERS = /[\u200b-\u200d\u2060\ufeff\u034f\u00ad\u180e]/g;

const COMBINING = /[\u0300-\u036f]/;

/** Composed Unicode (NFC), computed only when the text holds combining accents (é as e + ´). */
export function composed(text: string): string {
  return COMBINING.test(text) ? text.normalize("NFC") : text;
}

/** Whether this runtime's TextDecoder knows a charset label (workerd and browsers differ). */
export function canDecode(charset: string): boolean {
  try {
    new TextDecoder(charset);
    return true;
  } catch {
    return false;
  }
}
