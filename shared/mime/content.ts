import { BROWSER_STUB_PHRASES } from "./body-lexicon";
import { htmlToText } from "./html-to-text";

// A plain part that only points to the HTML version ("view this email in your browser").
const STUB_PHRASES = new RegExp(BROWSER_STUB_PHRASES.join("|"), "i");
const STUB_MAX_CHARS = 600;
// Latin, Greek and Cyrillic letters and digits: enough to tell which lines repeat, and much
// cheaper than Unicode property classes on every body.
const WORD = /[a-z0-9\u00b5\u00df-\u00ff\u0100-\u024f\u0370-\u04ff]{2,}/g;

/** The words of a text as the union compares them: lower-cased letters and digits, two or more. */
export function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** True when a plain part says nothing but "view this email in your browser" (and a link). */
export function isBrowserStub(plain: string, htmlText: string): boolean {
  const trimmed = plain.trim();
  if (!trimmed) return true;
  if (trimmed.length > STUB_MAX_CHARS || !STUB_PHRASES.test(trimmed)) return false;
  // The stub must be short and much poorer than the HTML it points to.
  const count = words(trimmed).length;
  return count <= 40 && count * 2 < words(htmlText).length;
}

/**
 * The content of one body: the union of its plain and HTML representations. The richer one
 * comes first; lines of the other are added only when they bring words the first lacks, so a
 * faithful plain twin of the HTML adds nothing, and a plain stub pointing to the browser is
 * dropped.
 */
export function unionContent(plain: string, html: string): string {
  const htmlText = html ? htmlToText(html) : "";
  const plainText = plain.replace(/\r\n?/g, "\n").trim();
  if (!htmlText) return plainText;
  if (!plainText || isBrowserStub(plainText, htmlText)) return htmlText;
  if (plainText.replace(/\s+/g, " ") === htmlText.replace(/\s+/g, " ")) return htmlText;
  const plainWords = words(plainText);
  const htmlWords = words(htmlText);
  const plainFirst = plainWords.length >= htmlWords.length;
  const known = new Set(plainFirst ? plainWords : htmlWords);
  const extra: string[] = [];
  for (const line of (plainFirst ? htmlText : plainText).split("\n")) {
    const lineWords = words(line);
    if (lineWords.length === 0) continue;
    let fresh = 0;
    for (const word of lineWords) if (!known.has(word)) fresh++;
    if (fresh * 2 > lineWords.length) extra.push(line.trim());
  }
  const first = plainFirst ? plainText : htmlText;
  return extra.length ? `${first}\n\n${extra.join("\n")}` : first;
}

/**
 * True when every line of `text` with words repeats words already in `known` (more than half
 * of each line's words): a second body part that only restates the first.
 */
export function restates(known: ReadonlySet<string>, text: string): boolean {
  for (const line of text.split("\n")) {
    const lineWords = words(line);
    let fresh = 0;
    for (const word of lineWords) if (!known.has(word)) fresh++;
    if (fresh * 2 > lineWords.length) return false;
  }
  return true;
}
