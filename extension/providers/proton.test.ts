import { describe, expect, it } from "vitest";
import { adapterContract, openMessage } from "./adapter-contract";
import { proton } from "./proton";
import { protonSelectors } from "./proton.selectors";

/** Frames load their srcdoc asynchronously, as in a browser. */
const framesLoaded = () => new Promise<void>((resolve) => setTimeout(resolve, 30));

describe("proton adapter", () => {
  adapterContract({
    provider: proton,
    selectors: protonSelectors,
    fixture: "proton.html",
    prepare: framesLoaded,
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
