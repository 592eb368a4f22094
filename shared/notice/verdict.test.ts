import { describe, expect, it } from "vitest";
import type { Claim, ClaimType } from "./types";
import { decideKind, KIND_RULES, type KindFacts } from "./verdict";

const claim = (type: ClaimType): Claim => ({
  type,
  evidence: { phrase: type, language: "en", ruleId: `test.${type}` },
});
const claims = (...types: ClaimType[]) => types.map(claim);
const facts = (certificateMatched: boolean, namesHost = certificateMatched, mentionsCertificate = true): KindFacts => ({
  certificateMatched,
  namesHost,
  mentionsCertificate,
});

describe("decideKind", () => {
  it("gives every row of the kind table a unique id and a description", () => {
    expect(new Set(KIND_RULES.map((r) => r.id)).size).toBe(KIND_RULES.length);
    for (const rule of KIND_RULES) expect(rule.description.length, rule.id).toBeGreaterThan(10);
  });

  it("puts payment before revocation and revocation before expiry", () => {
    expect(decideKind(claims("revoked", "payment-failed"), facts(true))).toBe("payment");
    expect(decideKind(claims("expires-on", "will-be-revoked"), facts(true))).toBe("revocation");
  });

  it("keeps an announced revocation of a named but unowned host a revocation", () => {
    expect(decideKind(claims("will-be-revoked", "revocation-reason"), facts(false, true))).toBe("revocation");
  });

  it("keeps an announced revocation under an unknown order number a revocation", () => {
    expect(decideKind(claims("will-be-revoked", "order-number"), facts(false, false))).toBe("revocation");
  });

  it("reads an announcement that names no certificate, host or order as general news", () => {
    expect(decideKind(claims("will-be-revoked", "revocation-reason"), facts(false, false))).toBe("other");
    expect(decideKind(claims("distrust"), facts(false, true))).toBe("other");
  });

  it("reads a CA incident that announces revocations as a revocation notice, named or not", () => {
    expect(decideKind(claims("will-be-revoked", "incident"), facts(false, false))).toBe("revocation");
    expect(decideKind(claims("incident"), facts(false, false))).toBe("other");
  });

  it("lets a revocation win over domain-validation wording", () => {
    expect(decideKind(claims("domain-validation", "will-be-revoked"), facts(true))).toBe("revocation");
  });

  it("reads a validity date stated in prose as an expiry claim", () => {
    expect(decideKind(claims("expires-on"), facts(true))).toBe("expiry");
    expect(decideKind(claims("expires-soon"), facts(true))).toBe("expiry");
    expect(decideKind(claims("issued", "expires-on"), facts(true))).toBe("other");
  });

  it("reads what expires in a notice that names no certificate as other, and its money claims as payment", () => {
    expect(decideKind(claims("has-expired", "urgency"), facts(true, true, false))).toBe("other");
    expect(decideKind(claims("payment-failed", "has-expired"), facts(false, false, false))).toBe("payment");
  });
});
