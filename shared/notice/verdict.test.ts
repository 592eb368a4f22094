import { describe, expect, it } from "vitest";
import type { Claim, ClaimType } from "./types";
import { decideKind } from "./verdict";

const claim = (type: ClaimType): Claim => ({ type, evidence: { phrase: type, language: "en", ruleId: `test.${type}` } });
const claims = (...types: ClaimType[]) => types.map(claim);

describe("decideKind", () => {
  it("puts payment before revocation and revocation before expiry", () => {
    expect(decideKind(claims("revoked", "payment-failed"), true)).toBe("payment");
    expect(decideKind(claims("expires-on", "will-be-revoked"), true)).toBe("revocation");
  });

  it("keeps an announced revocation of a named but unowned host a revocation", () => {
    expect(decideKind(claims("will-be-revoked", "revocation-reason"), false, true)).toBe("revocation");
  });

  it("keeps an announced revocation under an unknown order number a revocation", () => {
    expect(decideKind(claims("will-be-revoked", "order-number"), false, false)).toBe("revocation");
  });

  it("reads an announcement that names no certificate, host or order as general news", () => {
    expect(decideKind(claims("will-be-revoked", "revocation-reason"), false, false)).toBe("other");
    expect(decideKind(claims("distrust"), false, true)).toBe("other");
  });

  it("lets a revocation win over domain-validation wording", () => {
    expect(decideKind(claims("domain-validation", "will-be-revoked"), true)).toBe("revocation");
  });

  it("reads a validity date stated in prose as an expiry claim", () => {
    expect(decideKind(claims("expires-on"), true)).toBe("expiry");
    expect(decideKind(claims("issued", "expires-on"), true)).toBe("other");
  });
});
