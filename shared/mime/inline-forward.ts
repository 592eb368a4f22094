import { readAttribution } from "./attribution";
import { parseLocalizedDate } from "./forward-date";
import { type ForwardFields, readHeaderBlock, labelledLine } from "./forward-headers";
import { INTRODUCTIONS, ORIGINAL_TITLE, SEPARATOR_TITLES } from "./forward-lexicon";

const escapeTitle = (s: string) =>
  s
    .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
    .replace(/'/g, "['’]")
    .replace(/ /g, "\\s+");
/** A separator line with one of these titles: `---------- Forwarded message ---------`. */
const separatorLine = (titles: readonly string[]) =>
  new RegExp(`^[\\s>*_]*-{2,}\\s*(?:${titles.map(escapeTitle).join("|")})\\s*-*[\\s*_]*$`, "iu");
// Unambiguous forwards: Gmail's and Thunderbird's separators, Apple Mail's introduction.
const FORWARD_SEPARATOR = separatorLine(SEPARATOR_TITLES.filter((t) => !ORIGINAL_TITLE.test(t)));
const INTRODUCTION = new RegExp(`^[\\s>*]*(?:${INTRODUCTIONS.map(escapeTitle).join("|")})\\s*:?[\\s*]*$`, "iu");
// Outlook's separator is written for replies as well as forwards.
const ORIGINAL_SEPARATOR = separatorLine(SEPARATOR_TITLES.filter((t) => ORIGINAL_TITLE.test(t)));
// One pass over a body to rule out a forward before looking at it line by line.
const ANY_MARKER = new RegExp([...SEPARATOR_TITLES, ...INTRODUCTIONS].map(escapeTitle).join("|"), "iu");
const QUOTED = /^\s*>/;
const MAX_SCAN_LINES = 20_000;

/** Where an inline forward starts in a body, and what its header block says. */
export interface InlineForward {
  /** The forwarder's own words above the forwarded message. */
  note: string;
  fields: ForwardFields;
  /** The forwarded message's body, quote marks removed. */
  body: string;
  /** Whether the header labels were English (numeric dates then read month first). */
  english: boolean;
}

/** Removes one level of `> ` quoting when most of the lines carry it. */
function stripQuotes(lines: string[]): string[] {
  const filled = lines.filter((l) => l.trim());
  const quoted = filled.filter((l) => QUOTED.test(l)).length;
  if (filled.length === 0 || quoted * 2 < filled.length) return lines;
  return lines.map((l) => l.replace(/^\s*> ?/, ""));
}

function noteOf(lines: string[]): string {
  return lines
    .join("\n")
    .replace(/(?:\n[\s_\-=*]*)+$/, "")
    .trim();
}

/** What the subject line says about the email: `Fwd:`/`WG:`…, `Re:`/`AW:`…, or neither. */
export type SubjectHint = "forward" | "reply" | "neither";

const UNDERSCORES = /^[\s>]*_{10,}\s*$/;

function previousFilledLine(lines: string[], i: number): string {
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) if (lines[j].trim()) return lines[j];
  return "";
}

/**
 * Finds the first inline forward in a body: after a separator (`---------- Forwarded message
 * ---------`, `-------- Weitergeleitete Nachricht --------`), an introduction (`Begin
 * forwarded message:`), or Outlook's `-----Original Message-----` or bare
 * `From:/Sent:/To:/Subject:` block in any of our languages. Outlook writes those for replies
 * too, so they count when the subject says forward, or says nothing and (for a bare block)
 * Outlook's underscore rule stands above it. Null when the body forwards nothing.
 */
export function findInlineForward(text: string, subject: SubjectHint): InlineForward | null {
  const markers = ANY_MARKER.test(text);
  if (!markers && (subject === "reply" || (subject === "neither" && !text.includes("__________")))) return null;
  const lines = text.split("\n", MAX_SCAN_LINES);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.length > 300) continue;
    const marker =
      markers &&
      (FORWARD_SEPARATOR.test(line) ||
        INTRODUCTION.test(line) ||
        (subject !== "reply" && ORIGINAL_SEPARATOR.test(line)));
    // A forward written as a quote: "On <date>, <sender> wrote:" above "> " lines.
    const attribution = !marker && subject === "forward" ? readAttribution(lines, i) : null;
    if (attribution) {
      const body = stripQuotes(lines.slice(i + attribution.length))
        .join("\n")
        .trim();
      if (body)
        return { note: noteOf(lines.slice(0, i)), fields: attribution.fields, body, english: /^\s*On /i.test(line) };
    }
    let start = marker ? i + 1 : -1;
    const bareAllowed =
      subject === "forward" || (subject === "neither" && UNDERSCORES.test(previousFilledLine(lines, i)));
    if (!marker && bareAllowed && labelledLine(line)?.field === "from") start = i;
    if (start < 0) continue;
    const { fields, end, english } = readHeaderBlock(lines, start);
    // A bare header block must look like one: sender, subject and a date that reads.
    if (!marker && !(fields.from && fields.subject && fields.date && parseLocalizedDate(fields.date))) continue;
    const bodyLines = stripQuotes(lines.slice(end));
    return { note: noteOf(lines.slice(0, i)), fields, body: bodyLines.join("\n").trim(), english };
  }
  return null;
}
