import { describe, expect, it } from "vitest";
import { EmailTooLargeError } from "./errors";
import { parseEmail } from "./parse-email";
import { fixture, mimeFixtureNames } from "./test-fixtures";

const parse = (name: string) => parseEmail(fixture(name));

describe("parseEmail on vendor notices", () => {
  it("reads headers, both parts and authentication of a quoted-printable multipart/alternative", async () => {
    const { notice, forwardStyle, problems } = await parse("mime-digicert-expiry-60-days-alternative-qp.eml");
    expect(forwardStyle).toBe("none");
    expect(notice.from).toEqual({ name: "DigiCert", address: "no-reply@digicert.com" });
    expect(notice.to).toEqual([{ name: "", address: "it-ops@kestrel-logistics.com" }]);
    expect(notice.subject).toBe("Your DigiCert certificate for www.kestrel-logistics.com expires in 60 days");
    expect(notice.date?.toISOString()).toBe("2026-10-16T14:02:37.000Z");
    expect(notice.messageId).toMatch(/@notify\.digicert\.com>$/);
    expect(notice.authResults).toContainEqual({ method: "dmarc", result: "pass", domain: "digicert.com" });
    expect(notice.headers["received"]).toHaveLength(1);
    expect(notice.text).toContain("Valid until:   December 15, 2026");
    // The HTML twin of the plain part adds nothing, its hidden preheader least of all.
    expect(notice.text.match(/expires in 60 days/g)).toHaveLength(1);
    expect(problems).toEqual([]);
  });

  it("renders an HTML-only base64 body with CRLF line ends and drops its hidden preheader", async () => {
    const { notice } = await parse("mime-digicert-expiry-30-days-html-only-base64-crlf.eml");
    expect(notice.text).toContain("Your certificate expires in 30 days");
    expect(notice.text).toContain("Renewal order:\t41550918");
    expect(notice.text).toContain("View renewal order");
    expect(notice.text).not.toContain("has been placed automatically");
  });

  it("takes the HTML of a multipart/related inside multipart/alternative", async () => {
    const { notice } = await parse("mime-sectigo-dcv-alternative-related-inline-logo.eml");
    expect(notice.text).toContain("Validation code:");
    expect(notice.text).toContain("7d1c-44a9-b3e0-2f6a");
  });

  it.each([
    [
      "mime-godaddy-paiement-echoue-lyon-iso-8859-1-qp.eml",
      "Échec du paiement de votre commande n° 3402281190",
      "Échéance :     9 avril 2026",
    ],
    ["mime-pswgroup-mahnung-iso-8859-15-8bit.eml", "Mahnung: Rechnung RE-2025-0609312 überfällig", "178,50 €"],
    [
      "mime-pswgroup-erinnerung-windows-1252-qp.eml",
      "Erinnerung: Ihr SSL-Zertifikat für kestrel-logistik.de läuft in 30 Tagen ab",
      "„kestrel-logistik.de“ läuft in 30 Tagen ab – am",
    ],
    [
      "mime-actalis-scadenza-rfc2047-q-subject.eml",
      "Il Suo certificato SSL scadrà tra 30 giorni",
      "scadrà tra 30 giorni, il 30 novembre 2026",
    ],
    [
      "mime-globalsign-lembrete-rfc2047-b-subject-split.eml",
      "Lembrete: o seu certificado SSL para porto.kestrel-logistics.com expira em 90 dias – ação recomendada",
      "Número da encomenda:  CE261004511208",
    ],
    [
      "mime-godaddy-revoked-for-payment-utf8-8bit-crlf.eml",
      "Your SSL certificate for lyon.kestrel-logistics.com has been revoked",
      "revoked because your payment was not accepted",
    ],
  ])("decodes the charset and RFC 2047 subject of %s", async (name, subject, phrase) => {
    const { notice, problems } = await parse(name);
    expect(notice.subject).toBe(subject);
    expect(notice.text).toContain(phrase);
    expect(notice.text).not.toMatch(/\r|\uFFFD/);
    expect(problems).toEqual([]);
  });

  it("decodes an RFC 2047 display name", async () => {
    const { notice } = await parse("mime-actalis-scadenza-rfc2047-q-subject.eml");
    expect(notice.from).toEqual({ name: "Actalis – Servizio Clienti", address: "noreply@actalis.it" });
  });

  it("repairs UTF-8 declared as Windows-1252 in subject and body", async () => {
    const { notice } = await parse("mime-digicert-mojibake-utf8-declared-windows-1252.eml");
    expect(notice.subject).toBe("Ihr Zertifikat läuft am 15. Dezember 2026 ab");
    expect(notice.text).toContain("DigiCert™ Kundenservice · Lösungen");
    expect(notice.text).toContain("läuft am 15. Dezember 2026 ab");
    expect(notice.text).not.toMatch(/Ã|â€/);
  });

  it("drops preheaders, tracking pixels and scripts but keeps table cells and link labels", async () => {
    const { notice } = await parse("mime-sectigo-urgent-renewal-preheader-tracking-pixel.eml");
    expect(notice.text).toContain("*.track.kestrel-logistics.com\t2027-04-01\tAction required");
    expect(notice.text).toContain("Renew now");
    expect(notice.text).not.toMatch(/Black Friday|offer ends|window\.track|View this email in your browser/);
  });

  it("leaves the claims to the HTML when the plain part only says 'view in your browser'", async () => {
    const { notice } = await parse("mime-globalsign-awaiting-payment-view-in-browser-stub.eml");
    expect(notice.text).toContain("is awaiting payment");
    expect(notice.text).toContain("Amount due\tEUR 249.00");
    expect(notice.text).not.toContain("Having trouble viewing");
  });

  it("reads a 7bit us-ascii plain notice", async () => {
    const { notice } = await parse("mime-rapidssl-expired-us-ascii-7bit.eml");
    expect(notice.text).toContain("Expired on:   June 1, 2026");
  });

  it("keeps ARC-Authentication-Results out of the receiver's verdicts: an intermediary or the sender wrote them", async () => {
    const { notice } = await parse("mime-sectigo-lookalike-arc-only.eml");
    expect(notice.authResults).toEqual([]);
    expect(notice.headers["arc-authentication-results"]).toHaveLength(1);
  });

  it("parses every MIME fixture with a sender, a date, a subject and a body", async () => {
    const names = mimeFixtureNames();
    expect(names.length).toBeGreaterThanOrEqual(25);
    for (const name of names) {
      const { notice, problems } = await parse(name);
      expect(notice.from?.address, name).toMatch(/@/);
      expect(notice.date, name).toBeInstanceOf(Date);
      expect(notice.subject, name).not.toBe("");
      expect(notice.text.length, name).toBeGreaterThan(80);
      expect(problems, name).toEqual([]);
    }
  });
});

describe("parseEmail on unreadable input", () => {
  it("returns empty fields and says why for empty input", async () => {
    const parsed = await parseEmail("");
    expect(parsed.notice.from).toBeNull();
    expect(parsed.notice.text).toBe("");
    expect(parsed.problems.join(" ")).toMatch(/empty/);
  });

  it("says so when bytes do not read as an email", async () => {
    const parsed = await parseEmail(new Uint8Array([0, 255, 13, 10, 13, 10, 7, 7]).buffer);
    expect(parsed.notice.from).toBeNull();
    expect(parsed.problems.join(" ")).toMatch(/Nothing in the input reads as an email/);
  });

  it("refuses input over 25 MB with EmailTooLargeError", async () => {
    const huge = new Uint8Array(25 * 1024 * 1024 + 1);
    const error = await parseEmail(huge).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EmailTooLargeError);
    expect((error as EmailTooLargeError).code).toBe("email_too_large");
  });
});

describe("parseEmail on a mangled Date header", () => {
  it("reads a localised date a client wrote instead of RFC 5322", async () => {
    const raw =
      "From: PSW GROUP <zertifikate@psw-group.de>\nSubject: Erinnerung\nDate: Mo, 9 Nov 2026 10:14:00 MEZ\n\nIhr Zertifikat läuft ab.\n";
    expect((await parseEmail(raw)).notice.date?.toISOString()).toBe("2026-11-09T09:14:00.000Z");
  });
});
