import { describe, expect, it } from "vitest";
import { adapterContract, EXPIRY_REMINDER, openMessage, PAYMENT_NOTICE } from "./adapter-contract";
import { framesLoaded } from "./fixture-page";
import { proton } from "./proton";
import { protonSelectors } from "./proton.selectors";

describe("proton adapter", () => {
  adapterContract({
    provider: proton,
    selectors: protonSelectors,
    fixture: "proton.html",
    prepare: () => framesLoaded(),
    open: { ...PAYMENT_NOTICE, date: new Date(2026, 10, 17, 9, 14) },
    notFromOpenMessage: ["Renewal reminder", "Hi all, the movers"],
    next: EXPIRY_REMINDER,
  });

  it("puts the banner above the message frame and watches the frame's document", () => {
    const message = openMessage(proton);
    expect(message?.anchor.getAttribute("data-testid")).toBe("content-iframe");
    expect(proton.frames?.(document)).toHaveLength(1);
  });

  it("waits while the frame is still empty (Proton decrypts after rendering the header)", () => {
    const frame = document.querySelector('iframe[data-testid="content-iframe"]') as HTMLIFrameElement;
    frame.contentDocument?.body.replaceChildren();
    expect(proton.locate(document)).toBeUndefined();
  });
});
