import { describe, expect, it } from "vitest";
import { localizeAssessment } from "../reasons";
import { RULES } from "../rules";
import { de } from "./de";
import { en } from "./en";
import { es } from "./es";
import { fr } from "./fr";
import { claimCode, makeClaim, renderClaim } from "./index";
import { it as italian } from "./it";
import { nl } from "./nl";
import { pt } from "./pt";

const evidence = { phrase: "expires on 15/12/2026", language: "en", ruleId: "expiry.on-date" };

describe("claims in the reader's language", () => {
  it("has a sentence for every claim a rule can make, in every reason language", () => {
    const codes = [...new Set([...RULES.map((r) => r.claim), "expires-on" as const].map(claimCode))];
    for (const [language, templates] of Object.entries({ en, de, fr, es, nl, it: italian, pt })) {
      expect(
        codes.filter((code) => !templates[code]),
        language,
      ).toEqual([]);
      expect(Object.keys(templates).sort(), language).toEqual(Object.keys(en).sort());
    }
  });

  it("keeps type, value and evidence, and adds the code, facts and an English sentence", () => {
    const claim = makeClaim("expires-on", "2026-12-15", evidence);
    expect(claim).toMatchObject({ type: "expires-on", value: "2026-12-15", evidence, code: "claim.expires-on" });
    expect(claim.facts).toEqual({ value: "2026-12-15", phrase: "expires on 15/12/2026" });
    expect(claim.message).toBe("Says the certificate expires on 15 Dec 2026.");
    expect(makeClaim("urgency", undefined, evidence)).not.toHaveProperty("value");
  });

  it("writes dates and numbers through Intl in the reader's locale", () => {
    const date = makeClaim("expires-on", "2026-12-15", evidence);
    const days = makeClaim("expires-in-days", 1234, evidence);
    const facts = (c: typeof date) => ({ code: c.code!, facts: c.facts! });
    expect(renderClaim(facts(date), "de")).toBe("Behauptet, das Zertifikat laufe am 15. Dezember 2026 ab.");
    expect(renderClaim(facts(date), "de-AT")).toContain("15. Dezember 2026");
    expect(renderClaim(facts(days), "de")).toContain("1.234 Tagen");
    expect(renderClaim(facts(days), "fr")).toMatch(/^Affirme que le certificat expire dans 1\s234 jours\.$/);
    expect(renderClaim(facts(makeClaim("revoked", undefined, evidence)), "es")).toBe(
      "Afirma que el certificado fue revocado.",
    );
    expect(renderClaim(facts(makeClaim("order-number", "ACT-77120934", evidence)), "it")).toBe(
      "Cita l’ordine ACT-77120934.",
    );
    expect(renderClaim(facts(date), "ja")).toBe("Says the certificate expires on 15 Dec 2026.");
  });

  it("localizes the claims of an assessment with its reasons", () => {
    const claims = [makeClaim("payment-failed", undefined, evidence), { type: "urgency" as const, evidence }];
    const dutch = localizeAssessment({ reasons: [], spoofReasons: [], claims }, "nl-BE");
    expect(dutch.claims.map((c) => c.message)).toEqual(["Beweert dat een betaling is mislukt.", undefined]);
    expect(dutch.claims[0]).toMatchObject({ type: "payment-failed", code: "claim.payment-failed" });
    expect(localizeAssessment({ reasons: [], spoofReasons: [], claims }, "en").claims[0].message).toBe(
      "Says a payment failed.",
    );
  });
});
