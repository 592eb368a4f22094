import { describe, expect, it } from "vitest";
import { adapterContract, openMessage } from "./adapter-contract";
import { outlook } from "./outlook";
import { outlookSelectors } from "./outlook.selectors";

describe("outlook adapter", () => {
  adapterContract({
    provider: outlook,
    selectors: outlookSelectors,
    fixture: "outlook.html",
    open: {
      from: { name: "PSW GROUP Billing", address: "billing@psw-group.de" },
      subject: "Payment not accepted – SSL certificate kestrel-logistik.de revoked",
      date: new Date(2026, 10, 17, 9, 14),
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

  it("puts the banner above the message body", () => {
    expect(openMessage(outlook)?.anchor.getAttribute("aria-label")).toBe("Message body");
  });

  it("takes the sender from the From line's label when the address span is missing", () => {
    document.querySelector('[aria-expanded="true"] .ttHeader .tQdqe')?.remove();
    expect(openMessage(outlook)?.from).toEqual({ name: "PSW GROUP Billing", address: "billing@psw-group.de" });
  });
});
