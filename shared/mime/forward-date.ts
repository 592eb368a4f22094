import {
  DAY_MONTH_JOINERS,
  MONTH_NAMES,
  UNABBREVIATED_MONTH as UNABBREVIATED,
  ZONE_OFFSETS as ZONES,
} from "./forward-lexicon";

const MONTHS = (() => {
  const seen = new Map<string, number>();
  MONTH_NAMES.forEach((names, month) => {
    for (const name of names) {
      for (let end = UNABBREVIATED.test(name) ? name.length : 3; end <= name.length; end++) {
        const prefix = name.slice(0, end);
        const known = seen.get(prefix);
        seen.set(prefix, known === undefined || known === month ? month : -1);
      }
    }
  });
  return new Map([...seen].filter(([, month]) => month >= 0));
})();

// Inflected month names (Finnish "marraskuuta", Czech "listopadu") start with a full name.
const LONG_NAMES: [string, number][] = MONTH_NAMES.flatMap((names, month) =>
  names.filter((name) => name.length >= 6).map((name): [string, number] => [name, month]),
);

function monthOf(token: string): number | undefined {
  const month = MONTHS.get(token);
  if (month !== undefined || token.length <= 6) return month;
  return LONG_NAMES.find(([name]) => token.startsWith(name))?.[1];
}

const WORD = /[\p{L}]+|\d+/gu;
// "10:14", "10h14", and the Nordic "kl. 10.14" (only read after the date, so no clash).
const TIME = /(\d{1,2})\s*[:h.]\s*(\d{2})(?:[:.](\d{2}))?(?:\s*([ap])\.?\s?m\b\.?)?/i;
const OFFSET = /(?:\b(?:gmt|utc))?\s*([+-])(\d{1,2})(?::?(\d{2}))?\b/i;

interface Ymd {
  year: number;
  month: number;
  day: number;
  rest: string;
}

function numericDate(text: string, monthFirst: boolean): Ymd | null {
  const iso = /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/.exec(text);
  if (iso) return { year: +iso[1], month: +iso[2] - 1, day: +iso[3], rest: text.slice(iso.index + iso[0].length) };
  // Two-digit years occur too (Samsung Mail writes "11/9/26 10:14").
  const dmy = /\b(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\d.:/-]*\d{2}[./-])/.exec(text);
  if (!dmy) return null;
  let [a, b] = [+dmy[1], +dmy[3]];
  // Dots are always day first; slashes are month first in English unless that cannot be.
  if ((dmy[2] === "/" && monthFirst && a <= 12) || b > 12) [a, b] = [b, a];
  const year = dmy[4].length === 2 ? 2000 + +dmy[4] : +dmy[4];
  return { year, month: b - 1, day: a, rest: text.slice(dmy.index + dmy[0].length) };
}

function namedDate(text: string): Ymd | null {
  const tokens = [...text.toLowerCase().matchAll(WORD)];
  const yearAt = tokens.findIndex((t) => /^(?:19|20)\d\d$/.test(t[0]));
  if (yearAt < 0) return null;
  let monthAt = -1;
  for (let i = yearAt - 1; i >= 0 && monthAt < 0; i--) if (monthOf(tokens[i][0]) !== undefined) monthAt = i;
  if (monthAt < 0) return null;
  const isDay = (i: number) =>
    i >= 0 && i < yearAt && /^\d{1,2}$/.test(tokens[i]?.[0] ?? "") && +tokens[i][0] >= 1 && +tokens[i][0] <= 31;
  // "9. November", "9 de noviembre", "9 nov" — else English "Nov 9, 2026".
  const before = isDay(monthAt - 1)
    ? monthAt - 1
    : DAY_MONTH_JOINERS.includes(tokens[monthAt - 1]?.[0] ?? "") && isDay(monthAt - 2)
      ? monthAt - 2
      : -1;
  const dayAt = before >= 0 ? before : isDay(monthAt + 1) ? monthAt + 1 : -1;
  if (dayAt < 0) return null;
  const yearToken = tokens[yearAt];
  return {
    year: +yearToken[0],
    month: monthOf(tokens[monthAt][0])!,
    day: +tokens[dayAt][0],
    rest: text.slice(yearToken.index! + yearToken[0].length),
  };
}

function zoneOffset(rest: string, fallbackMinutes: number): number {
  const numeric = OFFSET.exec(rest);
  if (numeric) return (numeric[1] === "-" ? -1 : 1) * (+numeric[2] * 60 + +(numeric[3] ?? 0));
  for (const word of rest.toLowerCase().match(/\b[a-z]{1,4}\b/g) ?? []) if (word in ZONES) return ZONES[word];
  return fallbackMinutes;
}

/**
 * Reads a date line as mail clients write it in a forward, in English, German, French,
 * Spanish, Dutch (and Italian, Portuguese, Swedish month names): "Mon, Nov 9, 2026 at 10:14
 * AM", "Montag, 9. November 2026 10:14", "lundi 9 novembre 2026 10:14", "9 nov 2026, 10:14",
 * "09.11.2026 10:14", RFC 5322. Without a time zone the time is taken at `fallbackOffset`
 * minutes east of UTC (the forwarder's own zone). Null when no date can be read.
 */
export function parseLocalizedDate(
  value: string,
  options: { monthFirst?: boolean; fallbackOffset?: number } = {},
): Date | null {
  const text = value.slice(0, 200);
  const ymd = namedDate(text) ?? numericDate(text, options.monthFirst ?? true);
  if (!ymd || ymd.month < 0 || ymd.month > 11) return null;
  // Rejects 31 November and the like, which Date.UTC would roll over into the next month.
  if (new Date(Date.UTC(ymd.year, ymd.month, ymd.day)).getUTCDate() !== ymd.day) return null;
  const time = TIME.exec(ymd.rest);
  let hours = time ? +time[1] : 0;
  const minutes = time ? +time[2] : 0;
  const seconds = time?.[3] ? +time[3] : 0;
  if (time?.[4]) hours = (hours % 12) + (time[4].toLowerCase() === "p" ? 12 : 0);
  if (hours > 23 || minutes > 59 || seconds > 59) return null;
  const offset = time ? zoneOffset(ymd.rest.slice(time.index + time[0].length), options.fallbackOffset ?? 0) : 0;
  return new Date(Date.UTC(ymd.year, ymd.month, ymd.day, hours, minutes, seconds) - offset * 60_000);
}

/** Minutes east of UTC stated in an RFC 5322 `Date:` header value (`+0100` → 60), or 0. */
export function headerOffsetMinutes(value: string | undefined): number {
  const m = /([+-])(\d{2})(\d{2})\s*(?:\(.*\))?\s*$/.exec(value ?? "");
  return m ? (m[1] === "-" ? -1 : 1) * (+m[2] * 60 + +m[3]) : 0;
}

/** Last Sunday of a month at 01:00 UTC, when EU clocks change. */
function euChange(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0, 1));
  return last.getTime() - last.getUTCDay() * 86_400_000;
}

/** Minutes east of UTC of Central European (summer) Time at a moment: 60, or 120 in summer. */
export function centralEuropeanOffset(at: Date): number {
  const t = at.getTime();
  const year = at.getUTCFullYear();
  return t >= euChange(year, 2) && t < euChange(year, 9) ? 120 : 60;
}
