import { DATE_SOURCE, DAY_DOT_BEFORE_MONTH } from "./dates";
import { LEXICONS } from "./lexicon";
import type { Lexicon, PhraseKey } from "./lexicon/types";
import { RULES } from "./rules";
import type { NoticeRule } from "./rules/types";
import { leadingLiteralsOfAll, startingLiterals } from "./literals";

/** A rule ready to run for one language. */
export interface CompiledRule {
  rule: NoticeRule;
  lexicon: Lexicon;
  near?: RegExp;
  /** Lower-case words one of which any match contains; null when unknown. Lets a rule be skipped cheaply. */
  literals: string[] | null;
  /** The same for the `near` phrases: without one of them the rule cannot fire. */
  nearLiterals?: string[] | null;
  /**
   * Each phrase on its own, in order, with the words one of which its matches contain: run apart
   * they keep the engine's quick first-character search that one large alternation loses.
   */
  phrases: PhrasePart[];
}

/** One phrase of a rule as its own expression. */
export interface PhrasePart {
  re: RegExp;
  literals: string[] | null;
  /** Words one of which every match starts with, and the expression anchored (sticky) to try at their places; null when unknown. */
  starts?: { words: string[]; re: RegExp } | null;
}

// A dot ends the sentence unless a word follows at once ("ssl.com"), it sits inside a date
// ("15. 12. 2026", "am 3. Dezember"), or abbreviates the year after one (Polish "22.12.2026 r.").
// The gap ends between words, so the word after it is whole: "inom 30 dagar" has no "om 30", "130" no "30".
const GAP = `(?:(?:[^.!?\\n]|\\.(?=\\w)|(?<=\\d)\\.\\s(?=\\d)|${DAY_DOT_BEFORE_MONTH}|(?<=\\d{4}\\s?r)\\.){0,80}?(?:(?<![\\p{L}\\d])|(?![\\p{L}\\d])))`;
// Fillers every language may borrow from English, which vendors mix in.
const FILLERS = ["only", "just"];
const ID = "#?(?=[a-z-]*\\d)[a-z0-9][a-z0-9-]{4,30}(?![\\w-])";

/** Spaces in a phrase mean "some whitespace" (" ?" means "maybe some"), except inside [classes]. */
function spaces(source: string): string {
  let out = "";
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === "\\") {
      out += ch + (source[++i] ?? "");
      continue;
    }
    if (ch === "[") inClass = true;
    else if (ch === "]") inClass = false;
    if (ch === " " && !inClass) {
      if (source[i + 1] === "?") {
        out += "\\s*";
        i++;
      } else out += "\\s+";
    } else out += ch;
  }
  return out;
}

function expand(phrase: string, lexicon: Lexicon): string {
  const words = Object.keys(lexicon.numbers ?? {});
  const count = words.length ? `(?:\\d{1,3}|${words.join("|")})` : "\\d{1,3}";
  // "nog maar 7 dagen", "only 5 days": up to two filler words may stand before the count.
  const fillers = [...(lexicon.fillers ?? []), ...FILLERS];
  const n = `(?:(?:${fillers.join("|")})\\s+){0,2}${count}`;
  // A phrase that opens with the count keeps a bare number there: fillers in front would cost a
  // look at every position of every notice.
  const opening = /^(?:\(\?:[a-z |]+\)\?)?\{N\}/.exec(phrase)?.[0];
  const source = opening ? opening.replace("{N}", count) + phrase.slice(opening.length) : phrase;
  return spaces(source)
    .replaceAll("{N}", n)
    .replaceAll("{DATE}", DATE_SOURCE)
    .replaceAll("{GAP}", GAP)
    .replaceAll("{ID}", ID);
}

/** The phrases of one key in one language as a single case-insensitive expression, or null. */
function phraseRegExp(lexicon: Lexicon, key: PhraseKey): RegExp | null {
  const phrases = lexicon.phrases[key];
  if (!phrases?.length) return null;
  return new RegExp(phrases.map((p) => `(?:${expand(p, lexicon)})`).join("|"), "giu");
}

function phraseParts(lexicon: Lexicon, key: PhraseKey): PhrasePart[] {
  return (lexicon.phrases[key] ?? []).map((p) => {
    const source = `(?:${expand(p, lexicon)})`;
    const words = startingLiterals(p);
    return {
      re: new RegExp(source, "giu"),
      literals: leadingLiteralsOfAll([p]),
      starts: words && { words, re: new RegExp(source, "yiu") },
    };
  });
}

/** Compiled rules per language, built once at module load. */
export const COMPILED: ReadonlyMap<string, readonly CompiledRule[]> = new Map(
  LEXICONS.map((lexicon) => {
    const compiled: CompiledRule[] = [];
    for (const rule of RULES) {
      if (rule.reader) continue; // read by its own reader
      const phrases = phraseParts(lexicon, rule.phrase);
      if (!phrases.length) continue;
      const near = rule.near ? phraseRegExp(lexicon, rule.near) : undefined;
      if (rule.near && !near) continue;
      const literals = leadingLiteralsOfAll(lexicon.phrases[rule.phrase] ?? []);
      const nearLiterals = rule.near ? leadingLiteralsOfAll(lexicon.phrases[rule.near] ?? []) : undefined;
      compiled.push({ rule, lexicon, near: near ?? undefined, literals, nearLiterals, phrases });
    }
    return [lexicon.language, compiled];
  }),
);

/** One pass that finds which rule words occur in a lower-cased text. */
export interface LiteralScan {
  /** Finds, at every position, the longest rule word starting there. */
  re: RegExp;
  /** A found word → every rule word it begins with (they occur there too). */
  implied: ReadonlyMap<string, readonly string[]>;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The words a set of rules needs, longest first. */
function ruleWords(rules: readonly CompiledRule[]): string[] {
  const words = rules.flatMap((r) => [
    ...(r.literals ?? []),
    ...(r.nearLiterals ?? []),
    ...r.phrases.flatMap((p) => [...(p.literals ?? []), ...(p.starts?.words ?? [])]),
  ]);
  return [...new Set(words)].sort((a, b) => b.length - a.length);
}

function literalScan(words: readonly string[]): LiteralScan {
  const implied = new Map(words.map((w) => [w, words.filter((x) => w.startsWith(x))]));
  return { re: new RegExp(`(?=(${words.map(escapeRegExp).join("|")}))`, "g"), implied };
}

/** Per language, the scan for the words the rules need, built once at module load. */
export const LITERAL_SCANS: ReadonlyMap<string, LiteralScan> = new Map(
  [...COMPILED].map(([language, rules]) => [language, literalScan(ruleWords(rules))]),
);

/** The scan for the words of the rules read in every language, of all languages at once. */
export const EVERY_LANGUAGE_SCAN: LiteralScan = literalScan(
  ruleWords([...COMPILED.values()].flatMap((rules) => rules.filter((r) => r.rule.everyLanguage))),
);

/** Lexicons by language code. */
export const LEXICON_BY_LANGUAGE: ReadonlyMap<string, Lexicon> = new Map(LEXICONS.map((l) => [l.language, l]));
