import { describe, expect, it } from "vitest";
import { adapterContract, EXPIRY_REMINDER, openMessage, PAYMENT_NOTICE } from "./adapter-contract";
import { outlook } from "./outlook";
import { outlookSelectors } from "./outlook.selectors";

describe("outlook adapter", () => {
  adapterContract({
    provider: outlook,
    selectors: outlookSelectors,
    fixture: "outlook.html",
    open: { ...PAYMENT_NOTICE, date: new Date(2026, 10, 17, 9, 14) },
    notFromOpenMessage: ["Renewal reminder", "Hi all, the movers"],
    next: EXPIRY_REMINDER,
  });

  it("puts the banner above the message body", () => {
    expect(openMessage(outlook)?.anchor.getAttribute("aria-label")).toBe("Message body");
  });

  it("takes the sender from the From line's label when the address span is missing", () => {
    document.querySelector('[aria-expanded="true"] .ttHeader .tQdqe')?.remove();
    expect(openMessage(outlook)?.from).toEqual({ name: "PSW GROUP Billing", address: "billing@psw-group.de" });
  });

  it("reads a single message when conversation view is off (no expandable items)", () => {
    document.querySelector('[aria-expanded="false"]')?.remove();
    document.querySelector('[aria-expanded="true"]')?.removeAttribute("aria-expanded");
    expect(openMessage(outlook)?.from.address).toBe("billing@psw-group.de");
  });
});
