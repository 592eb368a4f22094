import { expect, it } from "vitest";
import { normalizeText, readClaims } from "./claims";

/** A row that names a rule which must fire on a sentence: [language, sentence, rule id, value it must read (optional)]. */
export type FiringRow = [string, string, string, (string | number)?];
/** A row that names a rule which must stay silent on a sentence: [language, sentence, rule id]. */
export type SilentRow = [string, string, string];

/** The claims a sentence makes when read as a notice in the given language. */
export function claimsOf(language: string, sentence: string) {
  return readClaims(normalizeText(sentence), language, language === "en" ? "mdy" : "dmy");
}

/** Declares one test per row: the rule fires (and reads the value, when the row gives one). */
export function itFires(rows: FiringRow[]): void {
  it.each(rows)("[%s] %s → %s", (language, sentence, ruleId, value) => {
    const claims = claimsOf(language, sentence).filter((c) => c.evidence.ruleId === ruleId);
    expect(claims.length, `claims: ${JSON.stringify(claimsOf(language, sentence))}`).toBeGreaterThan(0);
    if (value !== undefined) expect(claims.map((c) => c.value)).toContain(value);
  });
}

/** Declares one test per row: the rule stays silent. */
export function itStaysSilent(rows: SilentRow[]): void {
  it.each(rows)("[%s] %s ↛ %s", (language, sentence, ruleId) => {
    expect(claimsOf(language, sentence).map((c) => c.evidence.ruleId)).not.toContain(ruleId);
  });
}
