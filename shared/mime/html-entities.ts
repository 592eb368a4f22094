import { decodeHTML } from "entities/decode";

// Named entities seen in vendor mail (Latin-1 letters of the languages we read, typography,
// currency), looked up first; every other name comes from the full HTML table (see decodeEntities).
const NAMED: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  ensp: " ",
  emsp: " ",
  thinsp: " ",
  zwnj: "",
  zwj: "",
  shy: "",
  lrm: "",
  rlm: "",
  copy: "©",
  reg: "®",
  trade: "™",
  euro: "€",
  pound: "£",
  yen: "¥",
  cent: "¢",
  sect: "§",
  para: "¶",
  hellip: "…",
  mdash: "—",
  ndash: "–",
  minus: "−",
  bull: "•",
  middot: "·",
  deg: "°",
  times: "×",
  laquo: "«",
  raquo: "»",
  lsquo: "‘",
  rsquo: "’",
  sbquo: "‚",
  ldquo: "“",
  rdquo: "”",
  bdquo: "„",
  lsaquo: "‹",
  rsaquo: "›",
  iexcl: "¡",
  iquest: "¿",
  ordf: "ª",
  ordm: "º",
  rarr: "→",
  larr: "←",
  check: "✓",
  hearts: "♥",
  dagger: "†",
  frac12: "½",
  sup2: "²",
  micro: "µ",
  acute: "´",
  uml: "¨",
  auml: "ä",
  ouml: "ö",
  uuml: "ü",
  Auml: "Ä",
  Ouml: "Ö",
  Uuml: "Ü",
  szlig: "ß",
  euml: "ë",
  Euml: "Ë",
  iuml: "ï",
  Iuml: "Ï",
  yuml: "ÿ",
  aring: "å",
  Aring: "Å",
  aelig: "æ",
  AElig: "Æ",
  oslash: "ø",
  Oslash: "Ø",
  oelig: "œ",
  OElig: "Œ",
  ccedil: "ç",
  Ccedil: "Ç",
  ntilde: "ñ",
  Ntilde: "Ñ",
  aacute: "á",
  eacute: "é",
  iacute: "í",
  oacute: "ó",
  uacute: "ú",
  yacute: "ý",
  Aacute: "Á",
  Eacute: "É",
  Iacute: "Í",
  Oacute: "Ó",
  Uacute: "Ú",
  agrave: "à",
  egrave: "è",
  igrave: "ì",
  ograve: "ò",
  ugrave: "ù",
  Agrave: "À",
  Egrave: "È",
  Igrave: "Ì",
  Ograve: "Ò",
  Ugrave: "Ù",
  acirc: "â",
  ecirc: "ê",
  icirc: "î",
  ocirc: "ô",
  ucirc: "û",
  Acirc: "Â",
  Ecirc: "Ê",
  Icirc: "Î",
  Ocirc: "Ô",
  Ucirc: "Û",
  atilde: "ã",
  otilde: "õ",
  Atilde: "Ã",
  Otilde: "Õ",
};

const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));?/g;

function fromCodePoint(code: number): string {
  // Windows-1252 code points written as numeric references (&#150;) mean the cp1252 glyph.
  if (code >= 0x80 && code <= 0x9f) return CP1252_C1[code - 0x80] || "";
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return "\uFFFD";
  return String.fromCodePoint(code);
}

/** Windows-1252 glyphs for bytes 0x80–0x9F (empty where the byte is undefined). */
export const CP1252_C1: readonly string[] = "€||‚|ƒ|„|…|†|‡|ˆ|‰|Š|‹|Œ||Ž|||‘|’|“|”|•|–|—|˜|™|š|›|œ||ž|Ÿ".split("|");

/** Decodes HTML character references: numeric, hexadecimal and the common named ones. */
export function decodeEntities(text: string): string {
  if (text.indexOf("&") < 0) return text;
  return text.replace(ENTITY, (whole, dec: string, hex: string, name: string) => {
    if (dec) return fromCodePoint(parseInt(dec, 10));
    if (hex) return fromCodePoint(parseInt(hex, 16));
    const named = NAMED[name];
    // The rest of HTML's 2,000-odd names (&ZeroWidthSpace;, &period;, &NoBreak;) from the WHATWG table:
    // a forger spells words with them to slip past readers that know only the common ones.
    return named ?? decodeHTML(whole);
  });
}
