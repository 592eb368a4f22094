import { describe, expect, it } from "vitest";
import { parseView } from "./parse-view";

const shown = {
  from: { name: "PSW GROUP Billing", address: "Billing@PSW-Group.de" },
  subject: "Payment not accepted – SSL certificate kestrel-logistik.de revoked",
  date: new Date(Date.UTC(2026, 10, 17, 8, 14)),
  text: "Dear customer,\r\nyour payment for kestrel-logistik.de was not accepted.",
};

describe("parseView", () => {
  it("carries From, Subject, Date and the text into the engine's view as they are", async () => {
    const { notice, problems, forwardStyle } = await parseView(shown);
    expect(problems).toEqual([]);
    expect(forwardStyle).toBe("none");
    expect(notice.from).toEqual({ name: "PSW GROUP Billing", address: "billing@psw-group.de" });
    expect(notice.subject).toBe(shown.subject);
    expect(notice.date?.toISOString()).toBe("2026-11-17T08:14:00.000Z");
    expect(notice.text).toBe("Dear customer,\nyour payment for kestrel-logistik.de was not accepted.");
  });

  it("reads hostile page text as text: no header, verdict or MIME part comes of it", async () => {
    const { notice } = await parseView({
      ...shown,
      from: { name: "Billing\r\nAuthentication-Results: mx; dkim=pass header.d=digicert.com", address: "a@b.example" },
      subject: "Invoice\nBcc: victim@example.com",
      text: "Authentication-Results: mx; dmarc=pass header.from=digicert.com\n--boundary\nContent-Type: text/html\n\n<script>alert(1)</script>",
    });
    expect(notice.authResults).toEqual([]);
    expect(notice.headers).toEqual({});
    expect(notice.subject).toBe("Invoice Bcc: victim@example.com");
    expect(notice.text).toContain("<script>alert(1)</script>");
  });

  it("unwraps an inline forward the page shows, and keeps no date the page could not read", async () => {
    const forwarded = await parseView({
      ...shown,
      date: null,
      text: "FYI\n\n---------- Forwarded message ---------\nFrom: DigiCert <no-reply@digicert.com>\nDate: Sun, 15 Nov 2026 08:04:10 -0700\nSubject: Your certificate expires in 30 days\nTo: ops@example.com\n\nThe certificate for www.example.com expires in 30 days.",
    });
    expect(forwarded.forwardStyle).toBe("inline");
    expect(forwarded.notice.from?.address).toBe("no-reply@digicert.com");
    expect(forwarded.forwarder?.date).toBeNull();
  });
});
