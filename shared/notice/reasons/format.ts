import type { Formatters } from "./types";

const formatters = new Map<string, Formatters>();

/** Dates and numbers the way a locale writes them ("20 Feb 2026", "20. Februar 2026"), through Intl. */
export function formattersFor(locale: string): Formatters {
  let found = formatters.get(locale);
  if (!found) {
    // English keeps the short month the reasons have always used; the others write the month out.
    const dates = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : locale, {
      dateStyle: locale === "en" ? "medium" : "long",
      timeZone: "UTC",
    });
    const numbers = new Intl.NumberFormat(locale);
    found = {
      date: (iso) => (Number.isNaN(Date.parse(iso)) ? iso : dates.format(new Date(iso.slice(0, 10)))),
      number: (n) => numbers.format(n),
    };
    formatters.set(locale, found);
  }
  return found;
}
