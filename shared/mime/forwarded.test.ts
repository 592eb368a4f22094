import { describe, expect, it } from "vitest";
import { parseEmail } from "./parse-email";
import { fixture } from "./test-fixtures";

// Each inline forward style in each language: the notice is the forwarded message, its date
// read from the localised header line, the forwarder's words kept apart.
const INLINE: [string, string, string, string, string][] = [
  [
    "mime-fwd-gmail-en.eml",
    "billing-noreply@digicert.com",
    "2026-11-17T08:02:00.000Z",
    "Payment declined for auto-renewal order #41550918",
    "company card expired",
  ],
  [
    "mime-fwd-gmail-de.eml",
    "buchhaltung@psw-group.de",
    "2025-10-14T07:12:00.000Z",
    "Zahlungserinnerung: Rechnung RE-2025-0609312 überfällig",
    "gar nicht mehr verlängern",
  ],
  [
    "mime-fwd-gmail-fr.eml",
    "noreply@godaddy.com",
    "2026-04-16T08:05:00.000Z",
    "Votre certificat SSL a été révoqué : paiement refusé",
    "fermé depuis mars",
  ],
  [
    "mime-fwd-gmail-es.eml",
    "billing@rapidssl.com",
    "2026-06-20T09:30:00.000Z",
    "No se pudo procesar el pago del pedido RS-90215563",
    "¿Es una estafa?",
  ],
  [
    "mime-fwd-gmail-nl.eml",
    "noreply@zerossl.com",
    "2026-11-14T07:00:00.000Z",
    "Your certificate for mail.kestrel-logistics.nl expires in 30 days",
    "mailgateway",
  ],
  [
    "mime-fwd-outlook-en.eml",
    "billing@sectigo.com",
    "2026-11-17T09:44:00.000Z",
    "Renewal order #529104437 is pending payment",
    "runs until April",
  ],
  [
    "mime-fwd-outlook-de.eml",
    "billing@globalsign.com",
    "2026-11-09T09:14:00.000Z",
    "Zahlung für Bestellung CE261004511208 fehlgeschlagen",
    "noch gar nicht entschieden",
  ],
  [
    "mime-fwd-outlook-fr.eml",
    "noreply@actalis.it",
    "2026-11-09T09:14:00.000Z",
    "Votre certificat SSL expire dans 21 jours",
    "site de Milan",
  ],
  [
    "mime-fwd-outlook-es.eml",
    "noreply@godaddy.com",
    "2026-11-10T08:30:00.000Z",
    "Tu certificado SSL para lyon.kestrel-logistics.com ha sido revocado",
    "portal de Lyon",
  ],
  [
    "mime-fwd-outlook-nl.eml",
    "noreply@zerossl.com",
    "2026-11-16T07:00:00.000Z",
    "Your certificate for mail.kestrel-logistics.nl expires in 28 days",
    "ACME-client",
  ],
  [
    "mime-fwd-apple-en.eml",
    "no-reply@digicert.com",
    "2026-11-15T15:04:22.000Z",
    "Your DigiCert certificate for www.kestrel-logistics.com expires in 30 days",
    "renewal is under way",
  ],
  [
    "mime-fwd-apple-de.eml",
    "zertifikate@psw-group.de",
    "2025-08-11T04:30:40.000Z",
    "Erinnerung: Ihr SSL-Zertifikat für kestrel-logistik.de läuft in 30 Tagen ab",
    "auslaufen",
  ],
  [
    "mime-fwd-apple-fr.eml",
    "noreply@godaddy.com",
    "2026-03-20T08:00:00.000Z",
    "Votre certificat SSL a expiré : lyon.kestrel-logistics.com",
    "c'est normal",
  ],
  [
    "mime-fwd-apple-es.eml",
    "noreply@rapidssl.com",
    "2026-05-02T13:00:00.000Z",
    "Tu certificado SSL caduca en 30 días",
    "La oficina cierra",
  ],
  [
    "mime-fwd-apple-nl.eml",
    "noreply@thawte.com",
    "2018-07-17T14:05:12.000Z",
    "Action required: replace your thawte certificate before Chrome 70",
    "oude klantenportaal",
  ],
  [
    "mime-fwd-thunderbird-en.eml",
    "renewals@godaddy.com",
    "2026-03-02T09:00:00.000Z",
    "Your SSL certificate for lyon.kestrel-logistics.com expires in 18 days",
    "let this one lapse",
  ],
  [
    "mime-fwd-thunderbird-de.eml",
    "certificates@sectigo.com",
    "2026-11-09T10:14:00.000Z",
    "Ihr Zertifikat *.track.kestrel-logistics.com wird widerrufen",
    "Tracking-Server",
  ],
];

describe("inline forwards", () => {
  it.each(INLINE)("unwraps %s", async (name, address, date, subject, noteWords) => {
    const parsed = await parseEmail(fixture(name));
    expect(parsed.forwardStyle).toBe("inline");
    expect(parsed.notice.from?.address).toBe(address);
    expect(parsed.notice.date?.toISOString()).toBe(date);
    expect(parsed.notice.subject).toBe(subject);
    // Inline forwards carry no authentication of their own.
    expect(parsed.notice.authResults).toEqual([]);
    expect(parsed.forwarder?.note).toContain(noteWords);
    expect(parsed.notice.text).not.toContain(noteWords);
    expect(parsed.notice.text).not.toMatch(/^>/m);
    expect(parsed.notice.text.length).toBeGreaterThan(100);
    expect(parsed.forwarder?.from?.address).toMatch(/@kestrel-logistics\.(com|nl)$/);
    expect(parsed.problems).toEqual([]);
  });

  it("reads 'Name [mailto:addr]' senders from Outlook", async () => {
    const { notice } = await parseEmail(fixture("mime-fwd-outlook-en.eml"));
    expect(notice.from).toEqual({ name: "Sectigo Billing", address: "billing@sectigo.com" });
  });

  it("strips the quote marks of an Apple Mail forward", async () => {
    const { notice } = await parseEmail(fixture("mime-fwd-apple-en.eml"));
    expect(notice.text).toMatch(/^Hello Kestrel Logistics BV team,/);
    expect(notice.to).toEqual([{ name: "", address: "it-ops@kestrel-logistics.com" }]);
  });

  it("unwraps a forward of a forward down to the vendor's notice", async () => {
    const parsed = await parseEmail(fixture("mime-fwd-nested-gmail-of-outlook.eml"));
    expect(parsed.notice.from).toEqual({ name: "GlobalSign Billing", address: "billing@globalsign.com" });
    expect(parsed.notice.subject).toBe("Ihre Verlängerungsbestellung CE261004511208 wartet auf Zahlung");
    expect(parsed.notice.date?.toISOString()).toBe("2026-11-18T07:30:00.000Z");
    expect(parsed.notice.text).toMatch(/^Sehr geehrte Damen und Herren,/);
    expect(parsed.forwarder?.note).toContain("Porto is still undecided");
    expect(parsed.forwarder?.note).not.toContain("an dich weitergeleitet");
  });
});

describe("message/rfc822 attachments", () => {
  it("takes the attached message with its own headers and failing authentication", async () => {
    const parsed = await parseEmail(fixture("mime-fwd-attachment-rfc822-failing-auth.eml"));
    expect(parsed.forwardStyle).toBe("attachment");
    expect(parsed.notice.from).toEqual({ name: "GoDaddy Billing", address: "billing@godaddy.com" });
    expect(parsed.notice.date?.toISOString()).toBe("2026-04-15T06:42:13.000Z");
    expect(parsed.notice.messageId).toMatch(/@hostingsrv\.net>$/);
    expect(parsed.notice.authResults).toContainEqual({ method: "dmarc", result: "fail", domain: "godaddy.com" });
    expect(parsed.notice.text).toContain("will be revoked on April 18, 2026");
    expect(parsed.forwarder?.note).toContain("looks like phishing");
    expect(parsed.forwarder?.authResults).toContainEqual({
      method: "dkim",
      result: "pass",
      domain: "kestrel-logistics.com",
    });
  });
});

describe("mail that is not a forward", () => {
  it("does not unwrap a vendor notice", async () => {
    const parsed = await parseEmail(fixture("mime-sectigo-dcv-alternative-related-inline-logo.eml"));
    expect(parsed.forwardStyle).toBe("none");
    expect(parsed.forwarder).toBeNull();
  });
});
