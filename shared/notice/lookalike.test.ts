import { describe, expect, it } from "vitest";
import { decodePunycodeLabel, lookAlikeOf, skeleton } from "./lookalike";

describe("lookAlikeOf", () => {
  it.each([
    ["digicert-billing.com", "digicert.com"],
    ["mail.digicert.com-invoices.net", "digicert.com"],
    ["sectlgo.com", "sectigo.com"],
    ["g0daddy.com", "godaddy.com"],
    ["cornodo.com", "comodo.com"],
    ["globa1sign.net", "globalsign.com"],
    ["namecheep.com", "namecheap.com"],
    ["xn--sectgo-svf.com", "sectigo.com"],
    ["letsencrypt-renewal-center.com", "letsencrypt.org"],
    ["ssl-com.billing-center.com", "ssl.com"],
    ["ssl.com.accounts-verify.net", "ssl.com"],
    ["sslcom-renewals.org", "ssl.com"],
    ["gandi-billing.net", "gandi.net"],
    ["ionos-rechnung.de", "ionos.com"],
    ["nazwa-pl.com", "nazwa.pl"],
    ["loopia-faktura.se", "loopia.se"],
    // Neighbouring letters swapped, a vendor's name rather than its domain, a whole vendor domain in front of another.
    ["digicret.com", "digicert.com"],
    ["sectgio-billing.com", "sectigo.com"],
    ["ovhcloud-factures.com", "ovhcloud.com"],
    ["ovhcloud.com.pagamentos-online.com.br", "ovhcloud.com"],
    ["google-trust-services.net", "pki.goog"],
    ["quovadisglobal.com.invoices.net", "digicert.com"],
    ["secureserver.net.renewals.info", "secureserver.net"],
    ["1und1.de.rechnungen.info", "1und1.de"],
    // A short name glued to a billing word.
    ["ionosbilling.com", "ionos.com"],
    ["securegandi.net", "gandi.net"],
  ])("sees %s as imitating %s", (host, vendor) => {
    expect(lookAlikeOf(host)?.domain).toBe(vendor);
  });

  it.each([
    "kestrel-logistics.com",
    "example.org",
    "mail.kestrel-logistics.nl",
    "globalsign.co.uk",
    "sslmate.com",
    "gmail.com",
    "secure-ssl.com",
    "sslcompany.com",
    "ssl.com.br",
    "conversions.example.com",
    "amendment.org",
    "gandiva.com",
    "trust-services.com",
    "telkom.co.za",
    "register-domains.example",
    "9hiwa1.solomarket.org",
  ])("leaves %s alone", (host) => {
    expect(lookAlikeOf(host)).toBeNull();
  });
});

describe("skeleton", () => {
  it("merges letters that read alike", () => {
    expect(skeleton("rnicrosoft")).toBe(skeleton("microsoft"));
    expect(skeleton("g0daddy")).toBe(skeleton("godaddy"));
    expect(skeleton("dіgicert")).toBe(skeleton("digicert")); // Cyrillic і
  });
});

describe("decodePunycodeLabel", () => {
  it("decodes IDN labels and leaves others as they are", () => {
    expect(decodePunycodeLabel("xn--mnchen-3ya")).toBe("münchen");
    expect(decodePunycodeLabel("digicert")).toBe("digicert");
  });
});
