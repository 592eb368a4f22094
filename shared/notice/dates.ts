import { LEXICONS } from "./lexicon";

/** A date read from a notice: ISO `yyyy-mm-dd`, the text it came from, and where. */
export interface FoundDate {
  date: string;
  text: string;
  index: number;
}

const MONTHS = new Map<string, number>();
for (const lexicon of LEXICONS) {
  for (const [name, month] of Object.entries(lexicon.months)) MONTHS.set(name, month);
}
// Longest first so "september" wins over "sep".
const MONTH_ALT = [...MONTHS.keys()].sort((a, b) => b.length - a.length).join("|");
// Latin letters with the Central European ones (a plain class is faster than \p{L}): Polish
// "października" must not end inside a shorter month name.
const LETTER = "a-zà-ÿ\\u0100-\\u017f";

/**
 * The dot of a day number before a month name and a year or more words ("am 3. Dezember 2026",
 * "den 3. december widerrufen"): inside a date, no sentence end. Kept small without the month
 * names: phrases repeat it many times, and a large expression runs far slower.
 */
export const DAY_DOT_BEFORE_MONTH = `(?<=(?<![\\d.])\\d{1,2})\\.\\s(?=[${LETTER}]{3,12}\\.?\\s+(?:\\d{2,4}|[a-zà-ÿ\\u0100-\\u017f]))`;

/**
 * Source of something shaped like a date, without capture groups, for rule phrases: any word
 * stands in for the month so phrases stay small and fast; {@link findDates} then reads the
 * matched words and keeps only real dates.
 */
export const DATE_SOURCE =
  `(?:\\d{4}(?:[-/.]|\\.\\s)\\d{1,2}(?:[-/.]|\\.\\s)\\d{1,2}` +
  // Japanese, Chinese and Korean: "2026年12月15日", "2026년 12월 15일".
  `|\\d{4}\\s?[年년]\\s?\\d{1,2}\\s?[月월]\\s?\\d{1,2}\\s?[日일号號]?` +
  // Hungarian puts the year first, also before a month name: "2026. december 15."
  `|\\d{4}\\.?\\s+\\p{L}{3,12}\\.?\\s+\\d{1,2}(?!\\d)` +
  `|\\d{1,2}[./-]\\d{1,2}[./-](?:\\d{4}|\\d{2}(?!\\d|\\.\\d))` +
  `|\\d{1,2}\\.\\s\\d{1,2}\\.\\s?\\d{4}` +
  // "29th of December 2026" ("the" before it is left to the phrases: an optional word here slows every one).
  `|\\d{1,2}(?:er|st|nd|rd|th|º)?\\.?(?:\\s*|-)(?:(?:de|of)\\s+)?\\p{L}{3,12}\\.?,?(?:\\s*|-)(?:de\\s+)?\\d{2,4}(?![\\d:])` +
  `|\\p{L}{3,12}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})`;

const DATE_RE = new RegExp(
  // Year first with any separator: "2026-12-15", "2026/12/15", "2026.12.15".
  `(?<![\\d${LETTER}])(?:(?<iy>\\d{4})(?<isep>[-/.])(?<im>\\d{1,2})\\k<isep>(?<id>\\d{1,2})` +
    `|(?<cy>\\d{4})\\s?[年년]\\s?(?<cm>\\d{1,2})\\s?[月월]\\s?(?<cd>\\d{1,2})` +
    `|(?<na>\\d{1,2})(?<sep>[./-])(?<nb>\\d{1,2})\\k<sep>(?<ny>\\d{4}|\\d{2}(?!\\d|\\.\\d))` +
    // Czech, Slovak and some German mail space the dotted parts: "15. 12. 2026".
    `|(?<sd>\\d{1,2})\\.\\s(?<sm>\\d{1,2})\\.\\s?(?<sy>\\d{4})` +
    // Hungarian: "2026. 12. 15." and "2026. december 15."
    `|(?<hy>\\d{4})\\.\\s(?<hm>\\d{1,2})\\.\\s(?<hd>\\d{1,2})` +
    `|(?<ty>\\d{4})\\.?\\s+(?<tm>${MONTH_ALT})\\.?(?![${LETTER}])\\s+(?<td>\\d{1,2})` +
    `|(?<dd>\\d{1,2})(?:er|st|nd|rd|th|º)?\\.?(?:\\s*|-)(?:(?:de|of)\\s+)?(?<dm>${MONTH_ALT})\\.?(?![${LETTER}]),?(?:\\s*|-)(?:de\\s+)?(?<dy>\\d{4}|\\d{2}(?![\\d:]))` +
    `|(?<mm>${MONTH_ALT})\\.?(?![${LETTER}])\\s+(?<md>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<my>\\d{4}))(?!\\d)`,
  "giu",
);

function iso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * Reads every date in a text, in the formats vendors use across languages: `2026-02-20`,
 * `20.02.2026`, `20. 2. 2026`, `14-02-2026`, `20/02/2026` (day-month order from `slashOrder` unless a part
 * exceeds 12), `20 février 2026`, `20. Februar 2026`, `20 de febrero de 2026`,
 * `February 20th, 2026`, `Feb 20, 2026`, `21 May 25`, `the 3rd of March, 2026`.
 * @example findDates("expires on 1 oktober 2026", "dmy") // [{ date: "2026-10-01", ... }]
 */
export function findDates(text: string, slashOrder: "dmy" | "mdy" = "dmy"): FoundDate[] {
  const found: FoundDate[] = [];
  for (const m of text.matchAll(DATE_RE)) {
    const g = m.groups!;
    let date: string | null = null;
    if (g.iy) date = iso(+g.iy, +g.im, +g.id);
    else if (g.cy) date = iso(+g.cy, +g.cm, +g.cd);
    else if (g.sy) date = iso(+g.sy, +g.sm, +g.sd);
    else if (g.hy) date = iso(+g.hy, +g.hm, +g.hd);
    else if (g.ty) date = iso(+g.ty, MONTHS.get(g.tm.toLowerCase())!, +g.td);
    else if (g.ny) {
      const a = +g.na;
      const b = +g.nb;
      // Only "/" is ambiguous in practice: dotted and dashed dates are day-first everywhere we read.
      const monthFirst = g.sep === "/" && (b > 12 || (a <= 12 && slashOrder === "mdy"));
      const year = g.ny.length === 2 ? 2000 + +g.ny : +g.ny;
      date = monthFirst ? iso(year, a, b) : iso(year, b, a);
    } else if (g.dm) {
      const year = g.dy.length === 2 ? 2000 + +g.dy : +g.dy;
      date = iso(year, MONTHS.get(g.dm.toLowerCase())!, +g.dd);
    } else if (g.mm) date = iso(+g.my, MONTHS.get(g.mm.toLowerCase())!, +g.md);
    if (date) found.push({ date, text: m[0], index: m.index! });
  }
  return found;
}

/**
 * How to read `a/b/yyyy` in this email: a part above 12 settles it for every slash date,
 * otherwise the language's habit decides.
 */
export function slashOrderFor(text: string, fallback: "dmy" | "mdy"): "dmy" | "mdy" {
  for (const m of text.matchAll(SLASH_RE)) {
    if (+m[1] > 12) return "dmy";
    if (+m[2] > 12) return "mdy";
  }
  return fallback;
}
const SLASH_RE = /(?<!\d)(\d{1,2})\/(\d{1,2})\/\d{4}(?!\d)/g;

/** Whole days from `from` to `to` (calendar dates, UTC). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to.slice(0, 10)) - Date.parse(from.slice(0, 10))) / 86_400_000);
}
