import { describe, expect, it } from "vitest";
import type { AuthVerdict, MessageView } from "../mime/types";
import punycode from "punycode.js";
import { authVerdictsFromHeaders } from "../mime/auth-results";
import { judgeSender } from "./sender";

function notice(
  from: string,
  name: string,
  authResults: AuthVerdict[] = [],
  headers: Record<string, string[]> = {},
): MessageView {
  return {
    from: { name, address: from },
    to: [],
    subject: "",
    date: null,
    messageId: null,
    text: "",
    headers,
    authResults,
  };
}

describe("judgeSender", () => {
  it("trusts a vendor's own domain when authentication passes", () => {
    const j = judgeSender(
      notice("billing@digicert.com", "DigiCert", [{ method: "dmarc", result: "pass", domain: "digicert.com" }]),
    );
    expect(j.spoofed).toBe(false);
    expect(j.sender).toMatchObject({
      domain: "digicert.com",
      claimedVendor: "DigiCert",
      knownVendorDomain: true,
      lookAlikeOf: null,
    });
  });

  it("does not hold absent authentication against a plainly legitimate sender", () => {
    expect(judgeSender(notice("noreply@sectigo.com", "Sectigo")).spoofed).toBe(false);
  });

  it("flags a failing DMARC, SPF or DKIM verdict for the From domain", () => {
    const j = judgeSender(
      notice("noreply@godaddy.com", "GoDaddy", [{ method: "spf", result: "fail", domain: "godaddy.com" }]),
    );
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
    const j = judgeSender(
      notice("billing@digicert-billing.com", "DigiCert Billing", [
        { method: "dmarc", result: "pass", domain: "digicert-billing.com" },
      ]),
    );
    expect(j.spoofed).toBe(true);
    expect(j.sender.lookAlikeOf).toBe("digicert.com");
    expect(j.sender.claimedVendor).toBe("DigiCert");
  });

  it("reads Received-SPF when there is no Authentication-Results header", () => {
    const headers = {
      "received-spf": [
        "fail (mx: domain of a@rapidssl.com does not designate 203.0.113.9) envelope-from=<a@rapidssl.com>;",
      ],
    };
    expect(judgeSender(notice("a@rapidssl.com", "RapidSSL", [], headers)).spoofed).toBe(true);
  });

  it("flags a vendor's name on a public mailbox", () => {
    const j = judgeSender(
      notice("digicert.billing@gmail.com", "DigiCert Billing", [
        { method: "dmarc", result: "pass", domain: "gmail.com" },
      ]),
    );
    expect(j.spoofed).toBe(true);
    expect(j.spoofReasons[0].code).toBe("vendor-name-on-freemail");
    expect(judgeSender(notice("anna.deboer@gmail.com", "Anna de Boer")).spoofed).toBe(false);
  });

  it("calls a vendor's name on a stranger's domain an impersonation, however well that domain authenticates", () => {
    const pass = (domain: string): AuthVerdict[] => [{ method: "dmarc", result: "pass", domain }];
    for (const [name, address] of [
      ["STRATO AG", "service@kabriaa.me"],
      ["HostGator Brasil", "cobranca@f2moto.com.br"],
      ["IONOS Kundenservice", "noreply@mail-service24.de"],
      ["Sectigo via IT", "certs@kestrel-logistics.com"],
      ["DіgiCert Billing", "billing@invoices-center.net"], // Cyrillic і
      ["lONOS", "service@santiago.example"], // a lower-case L for the I
      ["A r u b a A m m in i s tr a zio ne", "amministrazione@notifiche-pagamenti.example"], // letter-spaced
      ["DigiCertBilling", "billing@pay-now.example"],
    ]) {
      const j = judgeSender(notice(address, name, pass(address.split("@")[1])));
      expect(j.spoofed, name).toBe(true);
      expect(j.spoofReasons[0].code, name).toBe("impersonation");
      expect(j.sender.impersonates, name).not.toBeNull();
    }
  });

  it("lets vendors write under their own domains, their subdomains and their sending domains", () => {
    expect(judgeSender(notice("noreply@mail.digicert.com", "DigiCert")).spoofed).toBe(false);
    expect(judgeSender(notice("support@namecheap.com", "Namecheap SSL (Sectigo)")).spoofed).toBe(false);
    expect(judgeSender(notice("robot@your-server.de", "Hetzner Online")).spoofed).toBe(false);
    expect(judgeSender(notice("no-reply@digitalcertvalidation.com", "DigiCert")).spoofed).toBe(false);
    expect(judgeSender(notice("anna@kestrel-logistics.com", "A n n a de Boer")).spoofed).toBe(false);
    expect(judgeSender(notice("info@arubahost.example", "Arubahost")).spoofed).toBe(false);
    expect(judgeSender(notice("news@arubanetworks.example", "Aruba Networks")).spoofed).toBe(false);
  });

  it("believes only the receiver's verdicts: a dkim=pass below the topmost header is ignored", () => {
    const headers = {
      "authentication-results": [
        "mx.kestrel.example; dkim=fail header.d=digicert.com",
        "evil.example; dkim=pass header.d=digicert.com; dmarc=pass header.from=digicert.com",
      ],
    };
    const view = {
      ...notice("no-reply@digicert.com", "DigiCert", [], headers),
      authResults: authVerdictsFromHeaders(headers),
    };
    expect(judgeSender(view).spoofed).toBe(true);
    // The account's own gateway below the topmost header is believed when it is listed.
    const gateway = {
      "authentication-results": ["mx.kestrel.example; none", "gw.kestrel.example; dmarc=pass header.from=digicert.com"],
    };
    const gated = {
      ...notice("no-reply@digicert.com", "DigiCert", [], gateway),
      authResults: authVerdictsFromHeaders(gateway),
    };
    expect(judgeSender(gated).sender.verification).toBe("unverified");
    expect(judgeSender(gated, { trustedAuthservIds: ["gw.kestrel.example"] }).sender.verification).toBe(
      "authenticated",
    );
  });

  it("lets DMARC decide: a broken DKIM signature beside a DMARC pass is no forgery, a DMARC fail is", () => {
    const listed: AuthVerdict[] = [
      { method: "dkim", result: "fail", domain: "globalsign.com" },
      { method: "dmarc", result: "pass", domain: "globalsign.com" },
    ];
    expect(judgeSender(notice("noreply@globalsign.com", "GlobalSign", listed)).spoofed).toBe(false);
    const failed: AuthVerdict[] = [
      { method: "dkim", result: "pass", domain: "globalsign.com" },
      { method: "dmarc", result: "fail", domain: "globalsign.com" },
    ];
    expect(judgeSender(notice("noreply@globalsign.com", "GlobalSign", failed)).spoofed).toBe(true);
    const spfOnly: AuthVerdict[] = [
      { method: "dkim", result: "fail", domain: "globalsign.com" },
      { method: "spf", result: "pass", domain: "globalsign.com" },
    ];
    expect(judgeSender(notice("noreply@globalsign.com", "GlobalSign", spfOnly)).spoofed).toBe(false);
  });

  it("lets a forwarded original's own verdicts condemn it but never vouch for it", () => {
    const pass: AuthVerdict[] = [{ method: "dmarc", result: "pass", domain: "sectigo.com" }];
    const fail: AuthVerdict[] = [{ method: "dmarc", result: "fail", domain: "sectigo.com" }];
    expect(
      judgeSender(notice("noreply@sectigo.com", "Sectigo", pass), { forwardStyle: "attachment" }).sender.verification,
    ).toBe("unverified");
    expect(judgeSender(notice("noreply@sectigo.com", "Sectigo", fail), { forwardStyle: "attachment" }).spoofed).toBe(
      true,
    );
  });

  it("authenticates a sender by a verified DKIM signature aligned with its From domain", () => {
    const dkim = [
      {
        domain: "mail.sectigo.com",
        selector: "s1",
        algorithm: "rsa-sha256",
        result: "pass" as const,
        reason: "verified",
      },
    ];
    const j = judgeSender(notice("noreply@sectigo.com", "Sectigo"), { forwardStyle: "attachment", dkim });
    expect(j.sender).toMatchObject({ verification: "authenticated", verifiedBy: "dkim-signature d=mail.sectigo.com" });
    const other = [{ ...dkim[0], domain: "mailer.example" }];
    expect(judgeSender(notice("noreply@sectigo.com", "Sectigo"), { dkim: other }).sender.verification).toBe(
      "unverified",
    );
  });

  it("keeps a Reply-To elsewhere as a supporting reason, never as proof on its own", () => {
    const view = {
      ...notice("billing@digicert.com", "DigiCert"),
      replyTo: { name: "", address: "pay@collect.example" },
    };
    expect(judgeSender(view).spoofed).toBe(false);
    const forged = {
      ...notice("billing@digicert.com", "DigiCert", [{ method: "dmarc", result: "fail", domain: "digicert.com" }]),
      replyTo: view.replyTo,
    };
    expect(judgeSender(forged).spoofReasons.map((r) => r.code)).toEqual([
      "authentication-failed",
      "reply-to-elsewhere",
    ]);
  });

  it("catches an IDN domain whose letters are Unicode confusables of a vendor's name", () => {
    const host = punycode.toASCII("sеctigօ.com"); // Cyrillic е, Armenian օ
    const j = judgeSender(notice(`billing@${host}`, "Billing"));
    expect(j.spoofed).toBe(true);
    expect(j.sender.lookAlikeOf).toBe("sectigo.com");
  });
});

describe("judgeSender without a DMARC policy", () => {
  it("condemns nothing when the receiver reports dmarc=none beside a failing DKIM signature", () => {
    const verdicts: AuthVerdict[] = [
      { method: "dkim", result: "fail", domain: "oueac.example" },
      { method: "dmarc", result: "none", domain: "oueac.example" },
    ];
    expect(judgeSender(notice("news@oueac.example", "Newsletter", verdicts)).spoofed).toBe(false);
    expect(judgeSender(notice("news@oueac.example", "Newsletter", verdicts.slice(0, 1))).spoofed).toBe(true);
  });
});

describe("judgeSender on odd addresses", () => {
  it("reads the domain after the last @", () => {
    expect(judgeSender(notice("support@digicert@pay-portal.example", "Billing")).sender.domain).toBe(
      "pay-portal.example",
    );
  });
});
