import { describe, expect, it } from "vitest";
import { adapterContract, EXPIRY_REMINDER, openMessage, PAYMENT_NOTICE } from "./adapter-contract";
import { fastmail } from "./fastmail";
import { fastmailSelectors } from "./fastmail.selectors";

describe("fastmail adapter", () => {
  adapterContract({
    provider: fastmail,
    selectors: fastmailSelectors,
    fixture: "fastmail.html",
    open: { ...PAYMENT_NOTICE, date: new Date(Date.UTC(2026, 10, 17, 8, 14)) },
    notFromOpenMessage: ["Renewal reminder", "Hi all, the movers"],
    next: EXPIRY_REMINDER,
  });

  it("keys the message by Fastmail's message element id", () => {
    expect(openMessage(fastmail)?.key).toBe("fastmail:v-Message-M4b1f09e2c6d8a7f31b5e2d90|2026-11-17T08:14:00Z");
  });
});
