import { LEXICONS } from "./lexicon";

// Every language's relative times, longest first so "übermorgen" wins over "morgen", "pasado mañana" over "mañana".
const RELATIVE = new Map(LEXICONS.flatMap((l) => Object.entries(l.relativeDays ?? {})));
const RELATIVE_RE = new RegExp(
  `(?<!\\p{L})(?:${[...RELATIVE.keys()]
    .sort((a, b) => b.length - a.length)
    .map((k) => k.replace(/\s+/g, "\\s+"))
    .join("|")})(?!\\p{L})`,
  "giu",
);

/**
 * The day count a relative time in a matched phrase stands for ("läuft morgen ab" → 1, "dans deux
 * semaines" → 14, "next week" → 14), read from the last one the phrase holds: the verb comes first.
 * @example relativeDays("expires in two weeks") // 14
 */
export function relativeDays(phrase: string): number | undefined {
  let last: string | undefined;
  for (const m of phrase.matchAll(RELATIVE_RE)) last = m[0];
  return last === undefined ? undefined : RELATIVE.get(last.toLowerCase().replace(/\s+/g, " "));
}
