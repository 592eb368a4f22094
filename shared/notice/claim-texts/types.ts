import type { Formatters } from "../reasons/types";

/** The facts of a claim: its value (an ISO date, a day count, an order number, a reason) and its phrase. */
export interface ClaimFacts {
  [fact: string]: string | number | null;
  value: string | number | null;
  phrase: string;
}

/** A sentence for one claim code, built only from its facts. */
export type ClaimTemplate = (facts: ClaimFacts, format: Formatters) => string;

/** One language's sentences, by claim code ("claim.expires-on"). */
export type ClaimTemplates = Partial<Record<string, ClaimTemplate>>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A claim's value as the reader's locale writes it: dates and numbers through Intl, the rest as stated. */
export function valueText(facts: ClaimFacts, format: Formatters): string {
  const { value } = facts;
  if (typeof value === "number") return format.number(value);
  if (value === null) return "";
  return ISO_DATE.test(value) ? format.date(value) : value;
}
