import { describe, expect, it } from "vitest";
import { startingLiterals } from "./literals";

describe("startingLiterals", () => {
  it.each([
    ["expires:? {DATE}", ["expires"]],
    ["expires? (?:today|tomorrow)", ["expire"]],
    ["(?:has|have|had) (?:now )?expired", ["has", "have", "had"]],
    ["(?<!ab\\s)\\bsofort\\b", ["sofort"]],
    ["(?:renewal )?order(?: number)?:? {ID}", ["renewal", "order"]],
    ["(?:zahlungs)?status\\s?:? bezahlt", ["zahlungs", "status"]],
    ["mis-?issu\\w+", ["mis"]],
    ["certificate revoked|revocation (?:time|date):", ["certificate", "revocation"]],
  ])("%s starts with one of %j", (phrase, words) => {
    expect(startingLiterals(phrase)).toEqual(words);
  });

  it.each([
    "is (?:now )?expired", // a two-letter word is too common to anchor on
    "{DATE} (?:lejár|jár le)",
    "(?:just |only )?{N} days? left",
    "(?:expires|is expiring) (?:on )?{DATE}",
    "(?:foo)+ bar",
    "r[ée]voqué",
  ])("%s names no starting word", (phrase) => {
    expect(startingLiterals(phrase)).toBeNull();
  });
});
