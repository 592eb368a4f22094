import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseEmail } from "../mime/parse-email";
import { normalizeText } from "./claims";
import { COMPILED, LITERAL_SCANS } from "./compile";
import { phraseMatches, wordPlaces } from "./phrase-matches";

const FIXTURES = path.join(__dirname, "../../test/fixtures/emails");

async function fixtureTexts(): Promise<string[]> {
  const names = readdirSync(FIXTURES).filter((n) => n.endsWith(".eml"));
  const parsed = await Promise.all(names.map((n) => parseEmail(new Uint8Array(readFileSync(path.join(FIXTURES, n))))));
  return parsed.map((p) => normalizeText(`${p.notice.subject}\n${p.notice.text}`));
}

const spans = (matches: Iterable<RegExpExecArray>) => [...matches].map((m) => `${m.index}:${m[0]}`);

/** The reference: a rule's phrases as one alternation. */
const ALTERNATIONS = new Map(
  [...COMPILED.values()]
    .flat()
    .map((rule) => [rule, new RegExp(rule.phrases.map((p) => p.re.source).join("|"), "giu")]),
);

describe("phraseMatches", () => {
  it("finds what the single alternation of a rule's phrases finds, on every fixture and every rule", async () => {
    let compared = 0;
    for (const text of await fixtureTexts()) {
      for (const [language, rules] of COMPILED) {
        const places = wordPlaces(text.toLowerCase(), LITERAL_SCANS.get(language));
        for (const rule of rules) {
          const expected = spans(text.matchAll(ALTERNATIONS.get(rule)!));
          expect(spans(phraseMatches(rule.phrases, text, () => true)), rule.rule.id).toEqual(expected);
          expect(
            spans(
              phraseMatches(
                rule.phrases,
                text,
                (w) => places.has(w),
                (w) => places.get(w),
              ),
            ),
            `${language} ${rule.rule.id}`,
          ).toEqual(expected);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
    // Every rule of every language over every fixture: it grows with both, so it gets more than the default 5 s.
  }, 120_000);

  it("lets the earlier phrase win where two start at the same place, and resumes after a match", () => {
    const phrases = [/(?:expires soon)/giu, /(?:expires)/giu, /(?:soon expires)/giu].map((re) => ({
      re,
      literals: null,
    }));
    const text = "It expires soon expires soon; soon expires.";
    expect(spans(phraseMatches(phrases, text, () => true))).toEqual(
      spans(text.matchAll(/(?:expires soon)|(?:expires)|(?:soon expires)/giu)),
    );
    expect(spans(phraseMatches(phrases, text, () => true))).toEqual([
      "3:expires soon",
      "16:expires soon",
      "30:soon expires",
    ]);
    expect(spans(phraseMatches(phrases, "It expires now.", () => true))).toEqual(["3:expires"]);
  });

  it("does not run a phrase none of whose words occur", () => {
    const phrases = [{ re: /(?:expires)/giu, literals: ["expires"] }];
    expect([...phraseMatches(phrases, "It expires.", (word) => word !== "expires")]).toEqual([]);
  });
});
