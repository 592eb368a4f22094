/** The facts of a reason: names, ISO dates (keys ending in "Date", "On" or "notAfter"), counts and flags. */
export type ReasonFacts = Record<string, string | number | boolean | null>;

/** How a template writes dates and numbers: through Intl, in the reader's locale. */
export interface Formatters {
  date(iso: string): string;
  number(n: number): string;
}

/** A sentence for one reason code, built only from its facts. */
export type ReasonTemplate = (facts: ReasonFacts, format: Formatters) => string;

/**
 * One language's sentences, by reason code. A code without a sentence here (a new sender check,
 * say) is shown in English, so adding a code never leaves a reader without a message.
 */
export type ReasonTemplates = Partial<Record<string, ReasonTemplate>>;
