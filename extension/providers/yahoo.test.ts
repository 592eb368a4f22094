import { describe, expect, it } from "vitest";
import { adapterContract, openMessage } from "./adapter-contract";
import { yahoo } from "./yahoo";
import { yahooSelectors } from "./yahoo.selectors";

describe("yahoo adapter", () => {
  adapterContract({
    provider: yahoo,
    selectors: yahooSelectors,
    fixture: "yahoo.html",
    open: {
      from: { name: "PSW GROUP Billing", address: "billing@psw-group.de" },
      subject: "Payment not accepted – SSL certificate kestrel-logistik.de revoked",
      date: new Date(2026, 10, 17, 9, 14),
      body: ["was not accepted by your bank.", "Pay invoice PSW-2026-204117"],
    },
    notFromOpenMessage: ["Renewal reminder", "Hi all, the movers", "Kestrel IT"],
    next: {
      template: "msg-digicert",
      address: "noreply@digicert.com",
      subject: "Your certificate for www.kestrel-logistics.com expires in 30 days",
      body: "expires on December 15, 2026, in 30 days.",
    },
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
