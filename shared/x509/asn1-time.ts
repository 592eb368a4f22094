/** A time field that cannot be read as X.680 defines it; the message names the field. */
export class Asn1TimeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "Asn1TimeError";
  }
}

const UTC_TIME = 0x17;
const GENERALIZED_TIME = 0x18;

// X.680 §47 UTCTime: YYMMDDhhmm[ss] then Z or ±hhmm. §46 GeneralizedTime: YYYYMMDDhh[mm[ss]][.f] then
// Z or ±hh[mm]; without either it is local time, which names no instant.
const UTC_FORM = /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?(Z|[+-]\d{4})?$/;
const GENERALIZED_FORM = /^(\d{4})(\d{2})(\d{2})(\d{2})(?:(\d{2})(?:(\d{2}))?)?(?:[.,](\d+))?(Z|[+-]\d{2}(?:\d{2})?)?$/;

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Reads a UTCTime or GeneralizedTime as X.680 and RFC 5280 define them: offsets are applied,
 * seconds may be missing, UTCTime years 50–99 are 19xx, years before 100 stay what they are.
 * @throws Asn1TimeError naming `field` when the time is not one (local time, 31 February …).
 * @example readAsn1Time(0x18, bytes("20560811122001-0600"), "notAfter") // 2056-08-11T18:20:01Z
 */
export function readAsn1Time(tag: number, content: Uint8Array, field: string): Date {
  const text = new TextDecoder("latin1").decode(content);
  const refuse = (why: string) => new Asn1TimeError(`The ${field} time "${text.slice(0, 40)}" ${why}.`);
  if (tag !== UTC_TIME && tag !== GENERALIZED_TIME) throw refuse("is neither a UTCTime nor a GeneralizedTime");
  const m = (tag === UTC_TIME ? UTC_FORM : GENERALIZED_FORM).exec(text);
  if (!m) throw refuse(`is not a valid ${tag === UTC_TIME ? "UTCTime" : "GeneralizedTime"}`);
  const zone = tag === UTC_TIME ? m[7] : m[8];
  if (!zone) throw refuse("has no time zone (neither Z nor an offset), so it names no instant");
  const shortYear = Number(m[1]);
  const year = tag === UTC_TIME ? (shortYear >= 50 ? 1900 : 2000) + shortYear : shortYear;
  const [month, day, hour, minute, second] = [m[2], m[3], m[4], m[5], m[6]].map((part) => Number(part ?? 0));
  const fraction = tag === GENERALIZED_TIME && m[7] ? Number(`0.${m[7]}`) : 0;
  if (
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > DAYS_IN_MONTH[month - 1] ||
    (month === 2 && day === 29 && !isLeap(year))
  ) {
    throw refuse("is not a calendar date");
  }
  if (hour > 23 || minute > 59 || second > 59) throw refuse("is not a time of day");
  const offsetMinutes = zone === "Z" ? 0 : offsetOf(zone);
  if (offsetMinutes === null) throw refuse("has an offset beyond ±23:59");
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, keeps years 0–99 as they are (not 1900–1999).
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute - offsetMinutes, second, Math.round(fraction * 1000));
  return date;
}

function offsetOf(zone: string): number | null {
  const hours = Number(zone.slice(1, 3));
  const minutes = Number(zone.slice(3, 5) || 0);
  if (hours > 23 || minutes > 59) return null;
  return (zone[0] === "-" ? -1 : 1) * (hours * 60 + minutes);
}

function isLeap(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}
