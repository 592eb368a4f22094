import { describe, expect, it } from "vitest";
import { topmostWrittenOnArrival } from "./auth-origin";
import { parseEmail } from "./parse-email";

const h = (key: string, value: string) => ({ key, value });

describe("topmostWrittenOnArrival", () => {
  it("attributes the header to a server that received the message, or to the top of the message", () => {
    const gmail = [
      h("received", "by 2002:a05:6a10:1b4c with SMTP id x; Mon, 9 Nov 2026"),
      h("received", "from mail.digicert.com (mail.digicert.com [192.0.2.1]) by mx.google.com with ESMTPS id y"),
      h("authentication-results", "mx.google.com; dkim=pass header.d=digicert.com"),
    ];
    expect(topmostWrittenOnArrival(gmail)).toBe(true);
    expect(
      topmostWrittenOnArrival([h("authentication-results", "mx.example; dmarc=pass"), h("received", "by mx.example")]),
    ).toBe(true);
    expect(
      topmostWrittenOnArrival([
        h("received", "by mx1.example"),
        h("authentication-results", "spf=pass smtp.helo=x.outlook.com"),
      ]),
    ).toBe(true);
  });

  it("refuses one that sits under another domain's trace: it came with the message", () => {
    const forged = [
      h(
        "received",
        "from out.sender.invalid (out.sender.invalid [198.51.100.15]) by mx.kestrel-logistik.de with ESMTPS",
      ),
      h(
        "authentication-results",
        "mail.globalsign.com; dkim=pass header.d=globalsign.com; dmarc=pass header.from=globalsign.com",
      ),
      h("received", "from internal.sender.invalid by out.sender.invalid"),
    ];
    expect(topmostWrittenOnArrival(forged)).toBe(false);
  });

  it("leaves a view with no verdicts when the only Authentication-Results came with the message", async () => {
    const raw = [
      "Received: from out.sender.invalid (out.sender.invalid [198.51.100.15])",
      "\tby mx.kestrel-logistik.de with ESMTPS; Mon, 19 Jan 2026 09:30:00 +0000",
      "Authentication-Results: mail.globalsign.com; dkim=pass header.d=globalsign.com; dmarc=pass header.from=globalsign.com",
      "From: GlobalSign <noreply@globalsign.com>",
      "Subject: Reminder",
      "",
      "Your certificate expires soon.",
    ].join("\r\n");
    const { notice } = await parseEmail(raw);
    expect(notice.authResults).toEqual([]);
    expect(notice.authResultsUnattributed).toBe(true);
  });
});
