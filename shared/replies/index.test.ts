import { describe, expect, it } from "vitest";
import { composeReply, isNoReplyAddress, replyFacts, replyRecipient } from "./index";

const certificate = {
  commonName: "www.example.com",
  notAfter: "2026-12-15T23:59:59Z",
  intent: "renew" as const,
  autoRenew: false,
  orderNumbers: ["A-100"],
};
const notice = (reasons: { code: string; facts: Record<string, string | number | boolean | null> }[]) => ({
  subject: "Your certificate",
  sentAt: "2026-11-20T08:00:00Z",
  claims: [],
  reasons,
});
const bodyOf = (reasons: Parameters<typeof notice>[0], language = "en") =>
  composeReply(
    language,
    replyFacts(language, notice(reasons), certificate, "Example Ltd", new Date("2026-11-20T12:00:00Z")),
  )?.body ?? null;

describe("replies chosen per finding", () => {
  it("corrects a wrong date with the right one and asks for a correction, not for an order to be closed", () => {
    const body = bodyOf([{ code: "expiry-date-wrong", facts: { statedDate: "2026-12-01" } }])!;
    expect(body).toContain("Your message gives 1 December 2026 as its expiry date; it expires on 15 December 2026.");
    expect(body).toContain("Please correct your records");
    expect(body).not.toContain("close any order");
    expect(body).not.toContain("revoked");
  });

  it("answers a payment demand without an order by saying so", () => {
    const body = bodyOf([{ code: "payment-without-renewal-order", facts: {} }], "de")!;
    expect(body).toContain("Wir haben keine Verlängerung dieses Zertifikats beauftragt.");
    expect(body).toContain("Es wurde keine Bestellung aufgegeben und keine Zahlung versucht.");
    expect(body).toContain("Bitte schließen Sie jede dafür eröffnete Bestellung");
  });

  it("writes no reply to an honest notice", () => {
    expect(bodyOf([])).toBeNull();
  });

  it("says 'not revoked' only when the CA's own CRL or OCSP answer said so", () => {
    expect(bodyOf([{ code: "revoked-but-valid", facts: {} }])).toContain("Our records show no revocation of it.");
    expect(bodyOf([{ code: "revoked-but-valid", facts: {} }])).not.toContain("has not been revoked");
    const checked = bodyOf([
      { code: "revoked-but-valid", facts: {} },
      { code: "ca-says-not-revoked", facts: { source: "crl" } },
    ]);
    expect(checked).toContain("The CA's own revocation status (CRL or OCSP) shows that it has not been revoked.");
  });
});

describe("replyRecipient", () => {
  it("writes to the vendor's support address from the registry, also for its family's brands", () => {
    expect(replyRecipient("DigiCert", "no-reply@digicert.com", false)).toEqual({
      to: "support@digicert.com",
      source: "support",
    });
    expect(replyRecipient("RapidSSL", "billing@rapidssl.com", false).to).toBe("support@digicert.com");
  });

  it("answers the sender only when it is neither forged nor a no-reply mailbox", () => {
    expect(replyRecipient("PSW GROUP", "billing@psw.net", false)).toEqual({ to: "billing@psw.net", source: "sender" });
    expect(replyRecipient("PSW GROUP", "noreply@psw.net", false).to).toBeNull();
    expect(replyRecipient("PSW GROUP", "billing@psw.net", true).to).toBeNull();
    expect(isNoReplyAddress("Do-Not-Reply@example.com")).toBe(true);
    expect(isNoReplyAddress("bounces+12345@example.com")).toBe(true);
    expect(isNoReplyAddress("billing@example.com")).toBe(false);
  });
});
