import { describe, expect, it } from "vitest";
import { parseEmail } from "../../shared/mime/parse-email";
import type { OpenMessage } from "../providers/types";
import { rfc5322Date, syntheticEmail } from "./synthetic-email";

const anchor = {} as Element;

function message(overrides: Partial<OpenMessage> = {}): OpenMessage {
  return {
    key: "k",
    from: { name: "PSW GROUP Billing", address: "billing@psw-group.de" },
    subject: "Payment not accepted – SSL certificate kestrel-logistik.de revoked",
    date: new Date(Date.UTC(2026, 10, 17, 8, 14)),
    text: "Dear customer,\nyour payment for kestrel-logistik.de was not accepted.",
    anchor,
    ...overrides,
  };
}

describe("syntheticEmail", () => {
  it("round-trips From, Subject, Date and the body through the MIME parser", async () => {
    const { notice, problems } = await parseEmail(syntheticEmail(message()));
    expect(problems).toEqual([]);
    expect(notice.from).toEqual({ name: "PSW GROUP Billing", address: "billing@psw-group.de" });
    expect(notice.subject).toBe("Payment not accepted – SSL certificate kestrel-logistik.de revoked");
    expect(notice.date?.toISOString()).toBe("2026-11-17T08:14:00.000Z");
    expect(notice.text).toContain("your payment for kestrel-logistik.de was not accepted.");
  });

  it("keeps hostile header text inside the header it came from", async () => {
    const raw = syntheticEmail(
      message({
        from: { name: 'Billing\r\nAuthentication-Results: mx; dkim=pass header.d=digicert.com "<x>', address: "a@b.example" },
        subject: "Invoice\nBcc: victim@example.com",
        text: "--boundary\r\nContent-Type: text/html\r\n\r\n<script>alert(1)</script>",
      }),
    );
    const { notice } = await parseEmail(raw);
    expect(notice.authResults).toEqual([]);
    expect(notice.headers["bcc"]).toBeUndefined();
    expect(notice.from?.address).toBe("a@b.example");
    expect(notice.subject).toBe("Invoice Bcc: victim@example.com");
    expect(notice.text).toContain("<script>alert(1)</script>");
  });

  it("leaves the Date header out when the page showed no readable date", async () => {
    const raw = syntheticEmail(message({ date: null }));
    expect(raw).not.toMatch(/^Date:/m);
    expect((await parseEmail(raw)).notice.date).toBeNull();
  });

  it("writes dates the way RFC 5322 spells them", () => {
    expect(rfc5322Date(new Date(Date.UTC(2026, 0, 5, 7, 3, 9)))).toBe("Mon, 5 Jan 2026 07:03:09 +0000");
  });
});
