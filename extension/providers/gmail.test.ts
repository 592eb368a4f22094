import { describe, expect, it } from "vitest";
import { adapterContract, openMessage } from "./adapter-contract";
import { gmail } from "./gmail";
import { gmailSelectors } from "./gmail.selectors";

describe("gmail adapter", () => {
  adapterContract({
    provider: gmail,
    selectors: gmailSelectors,
    fixture: "gmail.html",
    open: {
      from: { name: "PSW GROUP Billing", address: "billing@psw-group.de" },
      subject: "Payment not accepted – SSL certificate kestrel-logistik.de revoked",
      date: new Date(2026, 10, 17, 9, 14),
      body: ["was not accepted by your bank.", "Pay invoice PSW-2026-204117"],
    },
    // The collapsed message's snippet, the hidden earlier thread, the list's snippets.
    notFromOpenMessage: ["Renewal reminder", "legacy.kestrel-logistics.nl", "We could not charge the card"],
    next: {
      template: "msg-digicert",
      address: "noreply@digicert.com",
      subject: "Your certificate for www.kestrel-logistics.com expires in 30 days",
      body: "expires on December 15, 2026, in 30 days.",
    },
  });

  it("keys the message by Gmail's message id and anchors the banner on the body wrapper", () => {
    const message = openMessage(gmail);
    expect(message?.key).toBe("gmail:#msg-f:1849622017331984551");
    expect(message?.anchor.matches("div.ii.gt")).toBe(true);
  });

  it("returns undefined instead of throwing when Gmail's markup changes", () => {
    document.querySelector("[data-view] .adn.ads h3.iw span.gD")?.removeAttribute("email");
    expect(openMessage(gmail)).toBeUndefined();
  });
});
