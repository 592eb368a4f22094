import { describe, expect, it } from "vitest";
import { adapterContract, EXPIRY_REMINDER, openMessage, PAYMENT_NOTICE } from "./adapter-contract";
import { gmail } from "./gmail";
import { gmailSelectors } from "./gmail.selectors";

describe("gmail adapter", () => {
  adapterContract({
    provider: gmail,
    selectors: gmailSelectors,
    fixture: "gmail.html",
    open: { ...PAYMENT_NOTICE, date: new Date(2026, 10, 17, 9, 14) },
    // The collapsed message's snippet, the hidden earlier thread, the list's snippets.
    notFromOpenMessage: ["Renewal reminder", "legacy.kestrel-logistics.nl", "We could not charge the card"],
    next: EXPIRY_REMINDER,
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
