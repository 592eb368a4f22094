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
// Languages written without spaces: their own script's characters are counted instead, two to a word.
const SCRIPTS = LEXICONS.filter((l) => l.scriptChars).map((l) => ({
  language: l.language,
  re: new RegExp(l.scriptChars!, "gu"),
}));
const SCRIPT_OPENING = 2000;

// A second language counts when its function words come this close to the first's: bilingual
// notices (French and Dutch from Belgium) and near languages (Danish, Norwegian) need both.
const CLOSE = 0.6;
const MAX_LANGUAGES = 3;
/** Below this many function words for the best language, the text is read in every language. */
const THIN_EVIDENCE = 3;

/**
 * The languages a notice is written in, most likely first, then any that score nearly as well.
 * Falls back to English when nothing stands out.
 * @example rankLanguages("Votre certificat expire bientôt. Uw certificaat verloopt binnenkort.") // ["fr", "nl"]
 */
export function rankLanguages(text: string): string[] {
  return scoreLanguages(text).ranked;
}

/**
 * The languages of a text as {@link rankLanguages} finds them, and whether the evidence is thin:
 * fewer than {@link THIN_EVIDENCE} function words for the best (a one-line notice, a subject,
 * broken grammar), when a reader should try every language.
 */
export function scoreLanguages(text: string): { ranked: string[]; thin: boolean } {
  const counts = new Map<string, number>();
  let seen = 0;
  for (const m of text.matchAll(WORD_RE)) {
    if (++seen > 4000) break; // the opening of a notice says enough
    const langs = STOPWORDS.get(m[0].toLowerCase());
    if (!langs) continue;
    for (const lang of langs) counts.set(lang, (counts.get(lang) ?? 0) + 1 / langs.length);
  }
  const opening = text.slice(0, SCRIPT_OPENING);
  for (const { language, re } of SCRIPTS) {
    const chars = opening.match(re)?.length ?? 0;
    if (chars) counts.set(language, (counts.get(language) ?? 0) + chars / 2);
  }
  // Stable sort: on a tie the language seen first wins.
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  if (!ranked.length) return { ranked: ["en"], thin: true };
  const best = ranked[0][1];
  return {
    ranked: ranked
      .filter(([, count]) => count >= best * CLOSE)
      .slice(0, MAX_LANGUAGES)
      .map(([lang]) => lang),
    thin: best < THIN_EVIDENCE,
  };
}

/**
 * The language a notice is written in, by counting frequent function words of each language.
 * Falls back to English when nothing stands out.
 * @example detectLanguage("Ihr Zertifikat läuft in 30 Tagen ab, bitte verlängern Sie es") // "de"
 */
export function detectLanguage(text: string): string {
  return rankLanguages(text)[0];
}
