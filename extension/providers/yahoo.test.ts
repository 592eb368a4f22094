import { describe, expect, it } from "vitest";
import { adapterContract, EXPIRY_REMINDER, openMessage, PAYMENT_NOTICE } from "./adapter-contract";
import { yahoo } from "./yahoo";
import { yahooSelectors } from "./yahoo.selectors";

describe("yahoo adapter", () => {
  adapterContract({
    provider: yahoo,
    selectors: yahooSelectors,
    fixture: "yahoo.html",
    open: { ...PAYMENT_NOTICE, date: new Date(2026, 10, 17, 9, 14) },
    notFromOpenMessage: ["Renewal reminder", "Hi all, the movers", "Kestrel IT"],
    next: EXPIRY_REMINDER,
  });

  it("reads the sender from the From pill, not the To pill", () => {
    expect(openMessage(yahoo)?.from.address).toBe("billing@psw-group.de");
  });

  it("does not take an address written in the body as the sender", () => {
    document.querySelector('[data-test-id="message-from"] [data-test-id="email-pill"]')?.removeAttribute("title");
    document.querySelector('[data-test-id="message-view-body-content"]')?.append("From: security@digicert.com");
    expect(openMessage(yahoo)).toBeUndefined();
  });
});
