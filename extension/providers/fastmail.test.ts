import { describe, expect, it } from "vitest";
import { adapterContract, openMessage } from "./adapter-contract";
import { fastmail } from "./fastmail";
import { fastmailSelectors } from "./fastmail.selectors";

describe("fastmail adapter", () => {
  adapterContract({
    provider: fastmail,
    selectors: fastmailSelectors,
    fixture: "fastmail.html",
    open: {
      from: { name: "PSW GROUP Billing", address: "billing@psw-group.de" },
      subject: "Payment not accepted – SSL certificate kestrel-logistik.de revoked",
      date: new Date(Date.UTC(2026, 10, 17, 8, 14)),
      body: ["was not accepted by your bank.", "Pay invoice PSW-2026-204117"],
    },
    notFromOpenMessage: ["Renewal reminder", "Hi all, the movers"],
    next: {
      template: "msg-digicert",
      address: "noreply@digicert.com",
      subject: "Your certificate for www.kestrel-logistics.com expires in 30 days",
      body: "expires on December 15, 2026, in 30 days.",
    },
  });

  it("keys the message by Fastmail's message element id", () => {
    expect(openMessage(fastmail)?.key).toBe("fastmail:v-Message-M4b1f09e2c6d8a7f31b5e2d90|2026-11-17T08:14:00Z");
  });
});
