// What a forger does to words so that filters miss them, undone before any rule reads the text:
// compatibility forms (fullwidth "ＰＡＹＭＥＮＴ", ligatures, 𝐛𝐨𝐥𝐝 letters), invisible and bidi
// controls, Cyrillic or Greek look-alikes inside Latin words ("pаyment") and the reverse, and
// letter-spaced words ("C o m u n i c a z i o n e").

// Zero-width, joiners, soft hyphen, bidi embeddings/overrides/isolates, word joiners, BOM, variation selectors, tags.
const INVISIBLE_RE =
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: each of these is removed on its own, joined to nothing.
  /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufe00-\ufe0f\ufeff]|\udb40[\udc00-\udc7f]/g;

// Cyrillic and Greek letters drawn like Latin ones (lower case; the text is read case-blind).
const TO_LATIN: Record<string, string> = {
  а: "a",
  в: "b",
  е: "e",
  ё: "e",
  к: "k",
  м: "m",
  н: "h",
  о: "o",
  р: "p",
  с: "c",
  т: "t",
  у: "y",
  х: "x",
  і: "i",
  ї: "i",
  ј: "j",
  ѕ: "s",
  ԁ: "d",
  ԛ: "q",
  ԝ: "w",
  ɡ: "g",
  А: "A",
  В: "B",
  Е: "E",
  К: "K",
  М: "M",
  Н: "H",
  О: "O",
  Р: "P",
  С: "C",
  Т: "T",
  У: "Y",
  Х: "X",
  І: "I",
  Ј: "J",
  Ѕ: "S",
  α: "a",
  ε: "e",
  ι: "i",
  κ: "k",
  ν: "v",
  ο: "o",
  ρ: "p",
  τ: "t",
  υ: "u",
  χ: "x",
  ω: "w",
  Α: "A",
  Β: "B",
  Ε: "E",
  Ζ: "Z",
  Η: "H",
  Ι: "I",
  Κ: "K",
  Μ: "M",
  Ν: "N",
  Ο: "O",
  Ρ: "P",
  Τ: "T",
  Υ: "Y",
  Χ: "X",
};
const TO_CYRILLIC: Record<string, string> = Object.fromEntries(
  Object.entries(TO_LATIN)
    .filter(([from]) => /\p{Script=Cyrillic}/u.test(from) && !"ёіїјѕԁԛԝІЈЅ".includes(from))
    .map(([from, to]) => [to, from]),
);
const MIXED_WORD_RE =
  /[\p{L}\p{M}]*(?:\p{Script=Latin}[\p{L}\p{M}]*[\p{Script=Cyrillic}\p{Script=Greek}]|[\p{Script=Cyrillic}\p{Script=Greek}][\p{L}\p{M}]*\p{Script=Latin})[\p{L}\p{M}]*/gu;
const NON_ASCII_RE = /[^\p{ASCII}]/u;
const CYRILLIC_OR_GREEK_RE = /[\u0370-\u052f]/;
const LATIN_RE = /\p{Script=Latin}/gu;

/** A word mixing Latin with Cyrillic or Greek, written in the script most of its letters use. */
function oneScript(word: string): string {
  const latin = word.match(LATIN_RE)?.length ?? 0;
  const map = latin * 2 >= [...word].length ? TO_LATIN : TO_CYRILLIC;
  let out = "";
  for (const ch of word) out += map[ch] ?? ch;
  return out;
}

// Four or more single letters apart by spaces: one space inside a word, two or more between words.
const SPACED_RE = /(?<!\p{L})\p{L}(?: +\p{L}(?!\p{L})){3,}/gu;
const rejoin = (run: string) =>
  run
    .split(/ {2,}/)
    .map((word) => word.replaceAll(" ", ""))
    .join(" ");

/**
 * Text as a reader sees it: compatibility forms folded (NFKC), invisible and bidi controls gone,
 * look-alike letters of another script inside a word replaced, letter-spaced words rejoined.
 * @example normalizeLetters("p\u0430yment d e c l i n e d") // "payment declined"
 */
export function normalizeLetters(text: string): string {
  // Plain ASCII has nothing to fold: the common case skips three passes.
  const plain = !NON_ASCII_RE.test(text);
  let out = plain ? text : text.normalize("NFKC").replace(INVISIBLE_RE, "");
  // Only a text with Cyrillic or Greek letters can mix them into Latin words.
  if (!plain && CYRILLIC_OR_GREEK_RE.test(out)) out = out.replace(MIXED_WORD_RE, oneScript);
  if (out.includes(" ")) out = out.replace(SPACED_RE, rejoin);
  return out;
}
