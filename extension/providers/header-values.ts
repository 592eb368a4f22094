import type { Sender } from "./types";

const ADDRESS = /^[^\s@<>"(),;:]+@[^\s@<>"(),;:]+\.[a-z]{2,}$/i;
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** A well-formed address, lower-cased, from a header value such as `<billing@vendor.com>`. */
export function cleanAddress(value: string | null | undefined): string | undefined {
  const address = (value ?? "")
    .trim()
    .replace(/^mailto:/i, "")
    .replace(/^<|>$/g, "")
    .split("?")[0];
  return ADDRESS.test(address) ? address.toLowerCase() : undefined;
}

/** A sender from a name and an address read from header elements; undefined without an address. */
export function sender(name: string | null | undefined, address: string | null | undefined): Sender | undefined {
  const clean = cleanAddress(address);
  if (!clean) return undefined;
  const shownName = (name ?? "").replace(/\s+/g, " ").trim();
  return { name: shownName === clean ? "" : shownName, address: clean };
}

/** A sender from a combined header value: `Name <address>` or a bare address. */
export function senderFromText(value: string | null | undefined): Sender | undefined {
  const text = (value ?? "").replace(/\s+/g, " ").trim();
  const angled = /^(.*?)\s*<([^<>]+)>\s*$/.exec(text);
  if (angled) return sender(angled[1].replace(/^"|"$/g, ""), angled[2]);
  return sender("", text);
}

function clock(text: string): [number, number, number] {
  const time = /(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?\s*([ap])?\.?m?\.?/i.exec(text);
  if (!time) return [0, 0, 0];
  let hours = Number(time[1]) % 24;
  const meridiem = time[4]?.toLowerCase();
  if (meridiem === "p" && hours < 12) hours += 12;
  if (meridiem === "a" && hours === 12) hours = 0;
  return [hours, Number(time[2]), Number(time[3] ?? 0)];
}

function build(year: number, month: number, day: number, text: string): Date | null {
  if (month < 0 || month > 11 || day < 1 || day > 31) return null;
  const date = new Date(year, month, day, ...clock(text));
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * A date as webmail headers show it, read as local time: ISO (`2026-11-17T09:14:00Z`,
 * `2026-11-17 09:14`), month names (`Tue, Nov 17, 2026, 9:14 AM`, `17 November 2026 09:14`) or
 * numbers (`11/17/2026 9:14 AM` as US, `17.11.2026 09:14` as European). Null when there is no year:
 * "Today 09:14" says too little to judge a notice by.
 */
export function parseShownDate(value: string | null | undefined): Date | null {
  const text = (value ?? "").replace(/[\u00a0\u202f]/g, " ").trim();
  if (!text) return null;
  if (/^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:?\d{2})$/.test(text)) {
    const exact = new Date(text);
    return Number.isNaN(exact.getTime()) ? null : exact;
  }
  // RFC 5322 with a zone ("Tue, 17 Nov 2026 09:14:00 +0100"), as full-header views print it.
  if (/^(\w{3}, )?\d{1,2} \w{3} \d{4} \d{2}:\d{2}(:\d{2})? [+-]\d{4}$/.test(text)) {
    const exact = new Date(text);
    if (!Number.isNaN(exact.getTime())) return exact;
  }
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  if (iso) return build(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]), text.slice(iso.index + 10));
  const named = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?/i.exec(text);
  const year = /\b(19\d{2}|20\d{2})\b/.exec(text);
  if (named && year) {
    const month = MONTHS.indexOf(named[1].toLowerCase());
    const rest = text.replace(year[0], " ").replace(named[0], " ");
    const day = /\b(\d{1,2})(?:st|nd|rd|th)?\b(?![:.]\d)/.exec(rest);
    return day ? build(Number(year[1]), month, Number(day[1]), text.slice(year.index + 4)) : null;
  }
  const us = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/.exec(text);
  if (us) return build(Number(us[3]), Number(us[1]) - 1, Number(us[2]), text.slice(us.index + us[0].length));
  const eu = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/.exec(text);
  if (eu) return build(Number(eu[3]), Number(eu[2]) - 1, Number(eu[1]), text.slice(eu.index + eu[0].length));
  return null;
}
