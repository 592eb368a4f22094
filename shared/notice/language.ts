import { LEXICONS } from "./lexicon";

// word → languages it points to; built once.
const STOPWORDS = new Map<string, string[]>();
for (const lexicon of LEXICONS) {
  for (const word of lexicon.stopwords) {
    const list = STOPWORDS.get(word) ?? [];
    list.push(lexicon.language);
    STOPWORDS.set(word, list);
  }
}
const WORD_RE = /\p{L}+/gu;

/**
 * The language a notice is written in, by counting frequent function words of each language.
 * Falls back to English when nothing stands out.
 * @example detectLanguage("Ihr Zertifikat läuft in 30 Tagen ab, bitte verlängern Sie es") // "de"
 */
export function detectLanguage(text: string): string {
  const counts = new Map<string, number>();
  let seen = 0;
  for (const m of text.matchAll(WORD_RE)) {
    if (++seen > 4000) break; // the opening of a notice says enough
    const langs = STOPWORDS.get(m[0].toLowerCase());
    if (!langs) continue;
    for (const lang of langs) counts.set(lang, (counts.get(lang) ?? 0) + 1 / langs.length);
  }
  let best = "en";
  let bestCount = 0;
  for (const [lang, count] of counts) {
    if (count > bestCount) {
      best = lang;
      bestCount = count;
    }
  }
  return best;
}
