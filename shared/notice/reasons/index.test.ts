import { describe, expect, it } from "vitest";
import { CONTRADICTION_RULES } from "../contradictions";
import { en } from "./en";
import { localizeAssessment, pickLanguage, REASON_LANGUAGES, reason, renderReason } from "./index";

const wrongDate = {
  certificate: "k01",
  commonName: "www.example.com",
  notAfter: "2026-12-15",
  statedDate: "2027-01-15",
  expired: false,
};

describe("reasons in the reader's language", () => {
  it("has an English sentence for every code a contradiction rule gives", () => {
    for (const rule of CONTRADICTION_RULES) {
      expect(rule.description.length, rule.id).toBeGreaterThan(10);
      for (const code of rule.codes) expect(en[code], `${rule.id} ${code}`).toBeTypeOf("function");
    }
  });

  it("has a sentence for every reason code in every reason language", () => {
    expect(REASON_LANGUAGES).toEqual(expect.arrayContaining(["en", "de", "fr", "es", "nl", "it", "pt"]));
    const facts = {
      ...wrongDate,
      claim: "payment-failed",
      phrase: "payment failed",
      statedOrder: "A-1",
      orders: "B-2",
      senderVendor: "GoDaddy",
      vendor: "DigiCert",
      intent: "renew",
      autoRenew: false,
      claimedDate: "2026-10-01",
      statedDays: 30,
      daysLeft: 120,
      sentOn: "2026-08-17",
      readKiB: 1024,
      sizeMiB: 25,
    };
    for (const language of REASON_LANGUAGES)
      for (const code of Object.keys(en))
        expect(renderReason({ code, facts }, language), `${language} ${code}`).not.toMatch(
          /\bundefined\b|\bnull\b|NaN/,
        );
  });

  it("writes dates and numbers through Intl in the reader's locale", () => {
    expect(reason("expiry-date-wrong", wrongDate).message).toBe(
      "Says www.example.com expires on 15 Jan 2027, but it expires on 15 Dec 2026.",
    );
    expect(renderReason({ code: "expiry-date-wrong", facts: wrongDate }, "de-AT")).toContain("15. Jänner 2027");
    expect(renderReason({ code: "expiry-date-wrong", facts: wrongDate }, "fr")).toContain("15 janvier 2027");
    expect(renderReason({ code: "read-prefix", facts: { readKiB: 1024, sizeMiB: 25 } }, "de")).toContain("1.024 KiB");
  });

  it("keeps the English message of a code it has no sentence for", () => {
    expect(
      renderReason({ code: "look-alike-domain", facts: {}, message: "The sender imitates sectigo.com." }, "de"),
    ).toBe("The sender imitates sectigo.com.");
  });

  it("picks ?lang= first, then Accept-Language by weight, else English", () => {
    expect(pickLanguage("fr-CH, fr;q=0.9, en;q=0.8")).toBe("fr");
    expect(pickLanguage("ja, pt-BR;q=0.5, de;q=0.7")).toBe("de");
    expect(pickLanguage("ja")).toBe("en");
    expect(pickLanguage("de", "nl")).toBe("nl");
    expect(pickLanguage(undefined)).toBe("en");
  });

  it("renders an assessment's reasons again without touching their codes and facts", () => {
    const assessment = { reasons: [reason("expiry-date-wrong", wrongDate)], spoofReasons: [] };
    const german = localizeAssessment(assessment, "de");
    expect(german.reasons[0]).toMatchObject({ code: "expiry-date-wrong", facts: wrongDate });
    expect(german.reasons[0].message).toBe(
      "Behauptet, www.example.com laufe am 15. Januar 2027 ab, aber es läuft am 15. Dezember 2026 ab.",
    );
  });
});
