import type { ForwardFields } from "./forward-headers";

// The line a client writes above a quoted message: "On <date>, <sender> wrote:" and its
// translations. Some put the sender after the verb (German, Dutch).
const DATE_FIRST: RegExp[] = [
  /^\s*On (.{6,200}?) wrote:\s*$/i,
  /^\s*Le (.{6,200}?) a écrit\s*:\s*$/i,
  /^\s*El (.{6,200}?) escribió:\s*$/i,
  /^\s*Il (?:giorno )?(.{6,200}?) ha scritto:\s*$/i,
  /^\s*Em (.{6,200}?) escreveu:\s*$/i,
];
const VERB_FIRST: RegExp[] = [
  /^\s*Am (.{6,120}?) schrieb (.{1,200}?):\s*$/i,
  /^\s*Op (.{6,120}?) schreef (.{1,200}?):\s*$/i,
];
const YEAR = /\b(?:19|20)\d{2}\b/;
const TIME_AFTER =
  /^[\s,]*(?:(?:at|à|a las|alle|às|om|um|kl\.?)\s+)?\d{1,2}[:h.]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?\s?m\.?)?(?:\s*(?:uhr\b|(?:GMT|UTC)?[+-]\d{1,2}(?::?\d{2})?|(?:CES?T|MES?Z|GMT|UTC|BST|E[DS]T|C[DS]T|P[DS]T|WES?T|EES?T)\b))?/i;

/** Splits "Mon, Nov 9, 2026 at 10:14 AM DigiCert <x@y>" into its date and its sender. */
function splitDateAndSender(middle: string): { date: string; from: string } | null {
  const year = YEAR.exec(middle);
  if (!year) return null;
  let end = year.index + year[0].length;
  const time = TIME_AFTER.exec(middle.slice(end));
  if (time) end += time[0].length;
  const from = middle
    .slice(end)
    .replace(/^[\s,]+/, "")
    .trim();
  return from ? { date: middle.slice(0, end).trim(), from } : null;
}

/**
 * Reads an attribution line (possibly wrapped over two lines) at `lines[i]`: the quoted
 * message's date and sender, and how many lines the attribution took. Null when it is none.
 */
export function readAttribution(lines: string[], i: number): { fields: ForwardFields; length: number } | null {
  for (const length of [1, 2]) {
    const line = lines.slice(i, i + length).join(" ");
    if (line.length > 400) return null;
    for (const pattern of VERB_FIRST) {
      const m = pattern.exec(line);
      if (m) return { fields: { date: m[1], from: m[2] }, length };
    }
    for (const pattern of DATE_FIRST) {
      const m = pattern.exec(line);
      const split = m && splitDateAndSender(m[1]);
      if (split) return { fields: split, length };
    }
  }
  return null;
}
