import { describe, expect, it } from "vitest";
import type { AuthVerdict, MessageView } from "../mime/types";
import { judgeSender } from "./sender";

function notice(from: string, name: string, authResults: AuthVerdict[] = [], headers: Record<string, string[]> = {}): MessageView {
  return { from: { name, address: from }, to: [], subject: "", date: null, messageId: null, text: "", headers, authResults };
}

describe("judgeSender", () => {
  it("trusts a vendor's own domain when authentication passes", () => {
    const j = judgeSender(notice("billing@digicert.com", "DigiCert", [{ method: "dmarc", result: "pass", domain: "digicert.com" }]));
    expect(j.spoofed).toBe(false);
    expect(j.sender).toMatchObject({ domain: "digicert.com", claimedVendor: "DigiCert", knownVendorDomain: true, lookAlikeOf: null });
  });

  it("does not hold absent authentication against a plainly legitimate sender", () => {
    expect(judgeSender(notice("noreply@sectigo.com", "Sectigo")).spoofed).toBe(false);
  });

  it("flags a failing DMARC, SPF or DKIM verdict for the From domain", () => {
    const j = judgeSender(notice("noreply@godaddy.com", "GoDaddy", [{ method: "spf", result: "fail", domain: "godaddy.com" }]));
    expect(j.spoofed).toBe(true);
    expect(j.spoofReasons[0].code).toBe("authentication-failed");
  });

  it("ignores a failing DKIM signature of another domain when the vendor's own passes", () => {
    const j = judgeSender(
      notice("news@sectigo.com", "Sectigo", [
        { method: "dkim", result: "pass", domain: "sectigo.com" },
        { method: "dkim", result: "fail", domain: "mktdns.com" },
      ]),
    );
    expect(j.spoofed).toBe(false);
  });

  it("flags a look-alike domain even when its own authentication passes", () => {
    const j = judgeSender(notice("billing@digicert-billing.com", "DigiCert Billing", [{ method: "dmarc", result: "pass", domain: "digicert-billing.com" }]));
    expect(j.spoofed).toBe(true);
    expect(j.sender.lookAlikeOf).toBe("digicert.com");
    expect(j.sender.claimedVendor).toBe("DigiCert");
  });

  it("reads Received-SPF when there is no Authentication-Results header", () => {
    const headers = { "received-spf": ["fail (mx: domain of a@rapidssl.com does not designate 203.0.113.9) envelope-from=<a@rapidssl.com>;"] };
    expect(judgeSender(notice("a@rapidssl.com", "RapidSSL", [], headers)).spoofed).toBe(true);
  });

  it("flags a vendor's name on a public mailbox", () => {
    const j = judgeSender(notice("digicert.billing@gmail.com", "DigiCert Billing", [{ method: "dmarc", result: "pass", domain: "gmail.com" }]));
    expect(j.spoofed).toBe(true);
    expect(j.spoofReasons[0].code).toBe("vendor-name-on-freemail");
    expect(judgeSender(notice("anna.deboer@gmail.com", "Anna de Boer")).spoofed).toBe(false);
  });

  it("names the vendor a display name claims when the domain is not a vendor's", () => {
    const j = judgeSender(notice("certs@kestrel-logistics.com", "Sectigo via IT"));
    expect(j.sender).toMatchObject({ claimedVendor: "Sectigo", knownVendorDomain: false });
    expect(j.spoofed).toBe(false);
  });
});
