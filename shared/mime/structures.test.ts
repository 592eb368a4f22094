import { describe, expect, it } from "vitest";
import { parseEmail } from "./parse-email";

// Structures the fixtures do not show one by one: HTML-only forwards from Outlook and Apple
// Mail, an Italian Gmail forward, attached messages base64-encoded or sent as .eml files,
// UTF-16 and aliased charset labels, and a body three multiparts deep.
const b64 = (s: string, enc: BufferEncoding = "utf8") => Buffer.from(s, enc).toString("base64");
const cases: Record<string, string> = {
  outlookHtmlFr: `From: Camille <camille@kestrel-logistics.com>\nSubject: TR: Votre certificat expire\nDate: Mon, 9 Nov 2026 15:40:02 +0100\nContent-Type: text/html; charset=utf-8\n\n<html><body><div class=WordSection1><p class=MsoNormal>Voir ci-dessous.<o:p></o:p></p><div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal><b>De&nbsp;:</b> Actalis &lt;noreply@actalis.it&gt; <br><b>Envoy&eacute;&nbsp;:</b> lundi 9 novembre 2026 10:14<br><b>&Agrave;&nbsp;:</b> Milano &lt;milano@kestrel-logistics.com&gt;<br><b>Objet&nbsp;:</b> Votre certificat SSL expire dans 21 jours<o:p></o:p></p></div><p class=MsoNormal>Le certificat SSL de milano.kestrel-logistics.it expire le 30 novembre 2026.</p></div></body></html>\n`,
  appleHtml: `From: Maarten <m@kestrel-logistics.com>\nSubject: Fwd: expiry\nDate: Sun, 15 Nov 2026 18:22:10 +0100\nContent-Type: text/html; charset=utf-8\n\n<html><body>FYI<br><div><br><blockquote type="cite"><div>Begin forwarded message:</div><br class="Apple-interchange-newline"><div style="margin-top: 0px;"><span style="font-family: -webkit-system-font;"><b>From: </b></span><span style="font-family: -webkit-system-font;">DigiCert &lt;<a href="mailto:no-reply@digicert.com">no-reply@digicert.com</a>&gt;<br></span></div><div style="margin-top: 0px;"><span><b>Subject: </b></span><span><b>Your certificate expires in 30 days</b><br></span></div><div><span><b>Date: </b></span><span>15 November 2026 at 16:04:22 CET<br></span></div><div><span><b>To: </b></span><span>it-ops@kestrel-logistics.com<br></span></div><br><div><div>Hello, the certificate for www.kestrel-logistics.com expires on December 15, 2026.</div></div></blockquote></div></body></html>\n`,
  gmailIt: `From: Giulia <g@kestrel-logistics.com>\nSubject: Fwd: Scadenza\nDate: Mon, 9 Nov 2026 12:00:00 +0100\nContent-Type: text/plain; charset=utf-8\n\nVedi sotto\n\n---------- Forwarded message ---------\nDa: Actalis <noreply@actalis.it>\nDate: lun 9 nov 2026 alle ore 10:14\nSubject: Il certificato scade\nTo: <milano@kestrel-logistics.com>\n\n\nGentile cliente, il certificato scade il 30/11/2026.\n`,
  rfc822b64: `From: Camille <c@kestrel-logistics.com>\nSubject: Fwd: payment\nDate: Wed, 15 Apr 2026 09:01:44 +0200\nContent-Type: multipart/mixed; boundary="zz"\n\n--zz\nContent-Type: text/plain\n\nsee attached\n--zz\nContent-Type: message/rfc822\nContent-Transfer-Encoding: base64\n\n${b64("From: GoDaddy <billing@godaddy.com>\nSubject: Payment failed\nDate: Wed, 15 Apr 2026 06:42:13 +0000\nAuthentication-Results: mx; dkim=fail header.d=godaddy.com\n\nYour payment failed for order 3402281190.\n")}\n--zz--\n`,
  emlOctet: `From: Camille <c@kestrel-logistics.com>\nSubject: Fwd: payment\nDate: Wed, 15 Apr 2026 09:01:44 +0200\nContent-Type: multipart/mixed; boundary="zz"\n\n--zz\nContent-Type: text/plain\n\nsee attached\n--zz\nContent-Type: application/octet-stream; name="notice.eml"\nContent-Disposition: attachment; filename="notice.eml"\nContent-Transfer-Encoding: base64\n\n${b64("From: GoDaddy <billing@godaddy.com>\nSubject: Payment failed\nDate: Wed, 15 Apr 2026 06:42:13 +0000\n\nYour payment failed for order 3402281190.\n")}\n--zz--\n`,
  utf16: `From: DigiCert <no-reply@digicert.com>\nSubject: x\nDate: Mon, 9 Nov 2026 10:00:00 +0000\nContent-Type: text/html; charset=utf-16le\nContent-Transfer-Encoding: base64\n\n${b64("<p>Zertifikat läuft ab – 15. Dezember</p>", "utf16le")}\n`,
  charsetAliases: `From: PSW <z@psw-group.de>\nSubject: =?latin1?Q?l=E4uft?= =?cp1252?Q?_=96_ab?=\nDate: Mon, 9 Nov 2026 10:00:00 +0000\nContent-Type: text/plain; charset=ISO8859-15\nContent-Transfer-Encoding: quoted-printable\n\n178,50 =A4 f=FCr Auftrag\n`,
  deepStructure: `From: DigiCert <no-reply@digicert.com>\nSubject: s\nDate: Mon, 9 Nov 2026 10:00:00 +0000\nContent-Type: multipart/mixed; boundary=a\n\n--a\nContent-Type: multipart/alternative; boundary=b\n\n--b\nContent-Type: text/plain\n\nView in browser\n--b\nContent-Type: multipart/related; boundary=c\n\n--c\nContent-Type: text/html\n\n<p>Your certificate for www.kestrel-logistics.com expires on 15 December 2026. Order 40017723 renew before then please thanks.</p>\n--c\nContent-Type: image/png\nContent-ID: <x>\n\nAAAA\n--c--\n--b--\n--a\nContent-Type: application/pdf; name=invoice.pdf\nContent-Disposition: attachment\n\nJVBERi0=\n--a--\n`,
};

describe("parseEmail on further structures", () => {
  it("unwraps an HTML-only Outlook forward in French", async () => {
    const p = await parseEmail(cases.outlookHtmlFr);
    expect(p.forwardStyle).toBe("inline");
    expect(p.notice.from).toEqual({ name: "Actalis", address: "noreply@actalis.it" });
    expect(p.notice.date?.toISOString()).toBe("2026-11-09T09:14:00.000Z");
    expect(p.notice.subject).toBe("Votre certificat SSL expire dans 21 jours");
    expect(p.notice.text).toBe("Le certificat SSL de milano.kestrel-logistics.it expire le 30 novembre 2026.");
    expect(p.forwarder?.note).toBe("Voir ci-dessous.");
  });

  it("unwraps an HTML-only Apple Mail forward", async () => {
    const p = await parseEmail(cases.appleHtml);
    expect(p.notice.from?.address).toBe("no-reply@digicert.com");
    expect(p.notice.subject).toBe("Your certificate expires in 30 days");
    expect(p.notice.date?.toISOString()).toBe("2026-11-15T15:04:22.000Z");
    expect(p.notice.text).toContain("expires on December 15, 2026");
  });

  it("unwraps a Gmail forward with Italian labels", async () => {
    const p = await parseEmail(cases.gmailIt);
    expect(p.notice.from?.address).toBe("noreply@actalis.it");
    expect(p.notice.date?.toISOString()).toBe("2026-11-09T09:14:00.000Z");
    expect(p.forwarder?.note).toBe("Vedi sotto");
  });

  it.each(["rfc822b64", "emlOctet"] as const)("takes the attached message of %s", async (name) => {
    const p = await parseEmail(cases[name]);
    expect(p.forwardStyle).toBe("attachment");
    expect(p.notice.from?.address).toBe("billing@godaddy.com");
    expect(p.notice.text).toBe("Your payment failed for order 3402281190.");
  });

  it("keeps the attached message's own Authentication-Results", async () => {
    const p = await parseEmail(cases.rfc822b64);
    expect(p.notice.authResults).toEqual([{ method: "dkim", result: "fail", domain: "godaddy.com" }]);
  });

  it("decodes UTF-16 HTML and aliased charset labels", async () => {
    expect((await parseEmail(cases.utf16)).notice.text).toBe("Zertifikat läuft ab – 15. Dezember");
    const aliased = await parseEmail(cases.charsetAliases);
    expect(aliased.notice.subject).toBe("läuft – ab");
    expect(aliased.notice.text).toBe("178,50 € für Auftrag");
  });

  it("reads the HTML three multiparts deep and leaves the PDF aside", async () => {
    const p = await parseEmail(cases.deepStructure);
    expect(p.notice.text).toBe(
      "Your certificate for www.kestrel-logistics.com expires on 15 December 2026. Order 40017723 renew before then please thanks.",
    );
  });
});

describe("parseEmail on Latin-1 text that claims to be UTF-8", () => {
  const latin1 = (text: string) => Buffer.from(text, "latin1");

  it("rereads raw 8-bit headers and body as Windows-1252 and says so", async () => {
    const raw = latin1(
      "From: PSW GROUP <zertifikate@psw-group.de>\nSubject: Zertifikat l\xe4uft ab\nDate: Mon, 9 Nov 2026 10:00:00 +0000\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\nIhr Zertifikat l\xe4uft am 15. Dezember ab. Betrag 89,99 \x80\n",
    );
    const p = await parseEmail(raw);
    expect(p.notice.subject).toBe("Zertifikat läuft ab");
    expect(p.notice.text).toBe("Ihr Zertifikat läuft am 15. Dezember ab. Betrag 89,99 €");
    expect(p.problems.join(" ")).toMatch(/read as Windows-1252/);
  });

  it("keeps the real UTF-8 parts of the same message right", async () => {
    const raw = Buffer.concat([
      latin1(
        "From: GoDaddy <billing@godaddy.com>\nSubject: Pago pendiente \xbfpor qu\xe9?\nDate: Mon, 9 Nov 2026 10:00:00 +0000\nContent-Type: multipart/mixed; boundary=z\n\n--z\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n",
      ),
      Buffer.from("Tu certificado caducó el 20 de marzo – importe 89,99 €\n", "utf8"),
      latin1(
        "--z\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\nPedido n=BA 3402281190, dominio lyon.kestrel-logistics.com\n--z--\n",
      ),
    ]);
    const p = await parseEmail(raw);
    expect(p.notice.subject).toBe("Pago pendiente ¿por qué?");
    expect(p.notice.text).toBe(
      "Tu certificado caducó el 20 de marzo – importe 89,99 €\n\nPedido nº 3402281190, dominio lyon.kestrel-logistics.com",
    );
  });
});

describe("parseEmail on a notice sent as an attached file", () => {
  it("reads an attached HTML notice when the body is empty", async () => {
    const html =
      "<html><body><p>Your certificate for lyon.kestrel-logistics.com expired on 20 March 2026.</p></body></html>";
    const raw = `From: GoDaddy <renewals@godaddy.com>\nSubject: Certificate status\nDate: Fri, 20 Mar 2026 09:00:00 +0100\nContent-Type: multipart/mixed; boundary=q\n\n--q\nContent-Type: text/plain; charset=utf-8\n\n\n--q\nContent-Type: text/html; charset=utf-8; name=notice.html\nContent-Disposition: attachment; filename=notice.html\nContent-Transfer-Encoding: base64\n\n${Buffer.from(html).toString("base64")}\n--q--\n`;
    const p = await parseEmail(raw);
    expect(p.notice.text).toBe("Your certificate for lyon.kestrel-logistics.com expired on 20 March 2026.");
    expect(p.problems.join(" ")).toMatch(/read from an attached text or HTML file/);
  });
});
