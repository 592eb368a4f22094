/**
 * Whether the `YYYY-MM-DD` that starts `value` is a day of the calendar. `Date.parse` rolls
 * `2027-02-31` over to 3 March; a record must never be stored with a date nobody wrote.
 */
export function isCalendarDay(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Whether `value` names one instant: a date alone (midnight UTC), or a date-time with `Z` or an offset. */
export function isInstant(value: string): boolean {
  return isCalendarDay(value) && !Number.isNaN(Date.parse(value));
}
