import { makeClaim } from "./claim-texts";
import { COMPILED, type CompiledRule, EVERY_LANGUAGE_SCAN, LITERAL_SCANS } from "./compile";
import { DATE_SOURCE, DAY_DOT_BEFORE_MONTH, findDates } from "./dates";
import { LEXICONS } from "./lexicon";
import { normalizeLetters } from "./normalize";
import { phraseMatches, wordPlaces } from "./phrase-matches";
import { relativeDays } from "./relative";
import type { Claim } from "./types";

const DAY_WORDS = [...new Set(LEXICONS.flatMap((l) => l.dayWords))].join("|");
const NUMBER_WORDS = new Map(LEXICONS.flatMap((l) => Object.entries(l.numbers ?? {})));
const DAYS_RE = new RegExp(`(\\d{1,3}|${[...NUMBER_WORDS.keys()].join("|")})\\s*(?:${DAY_WORDS})(?![a-zà-ÿ])`, "iu");
const ID_RE = /(?<![\w-])#?((?=[a-z-]*\d)[a-z0-9][a-z0-9-]{4,30})(?![\w-])/gi;
const MAX_MATCHES_PER_RULE = 12;
// A date right after a phrase, behind at most a short preposition: "revoked on 4 Aug 2026", "révoqué le 07/09/2026".
const DATE_AFTER_RE = new RegExp(`^[\\s:,(]*(?:\\p{L}{1,4}\\s+){0,2}(${DATE_SOURCE})`, "iu");

// Each language's denials, anchored at a word start ("no" must not fire inside "know").
const NEGATION = new Map(
  LEXICONS.filter((l) => l.negations?.length).map((l) => [
    l.language,
    new RegExp(`(?<![\\p{L}-])(?:${l.negations!.join("|")})`, "iu"),
  ]),
);
// Each language's other things that expire, as whole words (a host such as card.example.com is no card).
const OTHER_SUBJECT = new Map(
  LEXICONS.filter((l) => l.otherSubjects?.length).map((l) => [
    l.language,
    new RegExp(`(?<![\\p{L}.-])(?:${l.otherSubjects!.join("|")})(?![\\p{L}.-])`, "giu"),
  ]),
);
// A closing parenthesis ends an aside: "(… sin guion bajo) y revocará" is not denied by the aside.
const CLAUSE_BREAK_RE = /[.!?;:,\n)]/;
const NEGATION_REACH = 48; // characters before a match that may deny it

/** Whether the clause of a match denies it: "has not been paid", "Rechnung … nicht beglichen", "no se ha pagado". */
function negated(text: string, start: number, end: number, language: string, reach = NEGATION_REACH): boolean {
  const negation = NEGATION.get(language);
  return negation ? negation.test(clauseUpTo(text, start, end, reach)) : false;
}

/** Whether a card, a password or an offer is what the clause of a match says expires. */
function aboutSomethingElse(text: string, start: number, end: number, language: string): boolean {
  const subject = OTHER_SUBJECT.get(language);
  if (!subject) return false;
  const clause = subjectClause(text, start, end);
  let other = -1;
  for (const m of clause.matchAll(subject)) other = m.index!;
  if (other < 0) return false;
  // The thing named last before the verb expires: "the card used for … portail.example.fr expires", not "the card … your certificate expires".
  let certificate = -1;
  for (const m of clause.matchAll(CERTIFICATE_WORD_RE)) certificate = m.index!;
  return other > certificate;
}

// What vendors call the certificate, in every language we read (a word start: "SSL-сертификат",
// not "cert" inside "concert"; scripts without spaces have no word starts to wait for).
const CERTIFICATE_STEMS = [...new Set(LEXICONS.flatMap((l) => l.certificateWords ?? []))];
const CERTIFICATE_WORD_RE = new RegExp(
  `(?<![\\p{Script=Latin}\\p{Script=Cyrillic}\\p{Script=Greek}.-])(?:${CERTIFICATE_STEMS.join("|")})\\p{L}*`,
  "giu",
);

/** Whether a text names a certificate at all, in any language: a domain, hosting or mailbox notice does not. */
export function mentionsCertificate(text: string): boolean {
  CERTIFICATE_WORD_RE.lastIndex = 0;
  return CERTIFICATE_WORD_RE.test(text);
}
// Commas and dots inside host names do not end it: "La carte, utilisée pour portail.example.fr, expire le …";
// nor does an aside: "The domain control validation (DCV) for example.com expires on …".
const SUBJECT_BREAK_RE = /[!?;:\n]/;
const SUBJECT_REACH = 120; // a clause may name the card long before its verb, behind a host name

/** The clause of a match for finding what it is about: only a sentence end, not a host name's dot or a comma, ends it. */
function subjectClause(text: string, start: number, end: number): string {
  let from = start;
  const limit = Math.max(0, start - SUBJECT_REACH);
  while (
    from > limit &&
    !SUBJECT_BREAK_RE.test(text[from - 1]) &&
    !(text[from - 1] === "." && !/\w/.test(text[from] ?? ""))
  )
    from--;
  return text.slice(from, end);
}

/** The text from the start of a match's clause (at most `reach` characters before it) to its end. */
function clauseUpTo(text: string, start: number, end: number, reach: number): string {
  let from = start;
  const limit = Math.max(0, start - reach);
  while (from > limit && !CLAUSE_BREAK_RE.test(text[from - 1])) from--;
  return text.slice(from, end);
}

const LINE_END_RE = /[.:!?;]$/;
const LIST_START_RE = /^[*•-]/;

/** Rejoins hard-wrapped lines: a long line not ending a sentence or a "Label:" field runs on. */
function unwrap(text: string): string {
  const lines = text.split("\n");
  let out = lines[0];
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1];
    const runsOn = prev.length >= 50 && !LINE_END_RE.test(prev) && lines[i] !== "" && !LIST_START_RE.test(lines[i]);
    out += (runsOn ? " " : "\n") + lines[i];
  }
  return out;
}

/** Text ready for the rules: letters as a reader sees them (see normalizeLetters), spaces collapsed, hard-wrapped lines rejoined. */
export function normalizeText(text: string): string {
  return unwrap(
    normalizeLetters(text)
      .replace(/[\u00a0\u2007\u202f\t ]+/g, " ")
      .replace(/ ?\n[\n ]*/g, "\n"),
  );
}

function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !isSentenceEnd(text, from - 1)) from--;
  let to = end;
  while (to < text.length && !isSentenceEnd(text, to)) to++;
  return text.slice(from, to);
}

// "den 3. december": the dot of a day number before a month ends no sentence.
const DAY_DOT_RE = new RegExp(DAY_DOT_BEFORE_MONTH, "iuy");

function isSentenceEnd(text: string, i: number): boolean {
  const ch = text[i];
  if (ch === "\n" || ch === "!" || ch === "?") return true;
  if (ch !== "." || /\w/.test(text[i + 1] ?? " ")) return false;
  DAY_DOT_RE.lastIndex = i;
  return !DAY_DOT_RE.test(text);
}

function claimValue(
  compiled: CompiledRule,
  phrase: string,
  after: string,
  slashOrder: "dmy" | "mdy",
): string | number | undefined {
  switch (compiled.rule.value) {
    case "days": {
      const m = DAYS_RE.exec(phrase);
      if (!m) return undefined;
      return /^\d+$/.test(m[1]) ? Number(m[1]) : NUMBER_WORDS.get(m[1].toLowerCase());
    }
    case "relative":
      return relativeDays(phrase);
    case "date": {
      const inside = findDates(phrase, slashOrder)[0]?.date;
      if (inside) return inside;
      const next = DATE_AFTER_RE.exec(after);
      return next ? findDates(next[1], slashOrder)[0]?.date : undefined;
    }
    case "id": {
      const ids = [...phrase.matchAll(ID_RE)];
      return ids.length ? ids[ids.length - 1][1].toUpperCase() : undefined;
    }
    case "reason": {
      const lower = phrase.toLowerCase();
      for (const table of [compiled.lexicon.reasons, LEXICONS[0].reasons]) {
        for (const [words, code] of Object.entries(table ?? {})) if (lower.includes(words)) return code;
      }
      return "other";
    }
    default:
      return undefined;
  }
}

const ALL_LANGUAGES = LEXICONS.map((l) => l.language);
const PHRASE_CHARS = new Map(
  LEXICONS.filter((l) => l.phraseChars).map((l) => [l.language, new RegExp(l.phraseChars!, "u")]),
);

/**
 * Applies the rules of the notice's language (and of `alsoLanguages`, the other languages it
 * is written in, and English, which vendors mix in) to its text and returns every claim with the
 * phrase that made it. Field labels that mean the same in any
 * language ("Numer zamówienia:", "Ordernummer:") are read in every language: a template's
 * fields often keep another language than its prose.
 */
export function readClaims(
  text: string,
  language: string,
  slashOrder: "dmy" | "mdy",
  alsoLanguages: readonly string[] = [],
): Claim[] {
  const claims: Claim[] = [];
  const seen = new Set<string>();
  const primary = [...new Set([language, ...alsoLanguages, "en"])];
  const languages = [...primary, ...ALL_LANGUAGES.filter((l) => !primary.includes(l))];
  const lower = text.toLowerCase();
  // Places in the lower-cased text are places in the text unless lower-casing changed a length,
  // and the rules' case-blind matching reads the words alike unless a long s ("ſ", matched as "s") occurs.
  const samePlaces = lower.length === text.length && !text.includes("ſ");
  let everyLanguageWords: Map<string, number[]> | undefined;
  for (const lang of languages) {
    // A language whose phrases are all written in its own script cannot match a text without it.
    const script = PHRASE_CHARS.get(lang);
    if (script && !script.test(text)) continue;
    const own = primary.includes(lang);
    // The notice's own languages run most rules: find their words in one pass. Elsewhere only the
    // rules read in every language run: their words, of all languages, are found in one pass too.
    if (!own) everyLanguageWords ??= wordPlaces(lower, EVERY_LANGUAGE_SCAN);
    const present = own ? wordPlaces(lower, LITERAL_SCANS.get(lang)) : everyLanguageWords!;
    // Made once per language, not per rule: a closure in the rule loop is made hundreds of times per notice.
    const occurs = (word: string) => present.has(word);
    const places = samePlaces ? (word: string) => present.get(word) : null;
    for (const compiled of COMPILED.get(lang) ?? []) {
      if (!own && !compiled.rule.everyLanguage) continue;
      if (compiled.literals && !compiled.literals.some(occurs)) continue;
      if (compiled.nearLiterals && !compiled.nearLiterals.some(occurs)) continue;
      let count = 0;
      for (const m of phraseMatches(compiled.phrases, text, occurs, places)) {
        if (++count > MAX_MATCHES_PER_RULE) break;
        if (compiled.near) {
          const sentence = sentenceAround(text, m.index!, m.index! + m[0].length);
          if (sentence.search(compiled.near) < 0) continue;
        }
        const end = m.index! + m[0].length;
        if (compiled.rule.unlessNegated && negated(text, m.index!, end, lang, compiled.rule.negationReach)) continue;
        if (compiled.rule.aboutCertificate && aboutSomethingElse(text, m.index!, end, lang)) continue;
        const phrase = m[0].trim();
        const value = claimValue(compiled, phrase, text.slice(end, end + 48), slashOrder);
        if (compiled.rule.value === "id" && value === undefined) continue;
        const key = `${compiled.rule.id}|${value ?? phrase.toLowerCase()}`;
        if (seen.has(key)) continue;
        seen.add(key);
        claims.push(
          makeClaim(compiled.rule.claim, value, {
            phrase: phrase.slice(0, 160),
            language: lang,
            ruleId: compiled.rule.id,
          }),
        );
      }
    }
  }
  return claims;
}
