import { describe, expect, it } from "vitest";
import { adapterContract, EXPIRY_REMINDER, openMessage, PAYMENT_NOTICE } from "./adapter-contract";
import { fixtureHtml, framesLoaded } from "./fixture-page";
import { roundcube } from "./roundcube";
import { roundcubeSelectors } from "./roundcube.selectors";

/** The preview frame's page by the uid in its address, as the Roundcube server would send it. */
const servePreview = (src: string) =>
  fixtureHtml(`roundcube-preview-${new URL(src, "https://mail.kestrel-logistics.com/").searchParams.get("_uid")}.html`);

const frameDocument = () => (document.querySelector("#messagecontframe") as HTMLIFrameElement).contentDocument!;

describe("roundcube adapter", () => {
  adapterContract({
    provider: roundcube,
    selectors: roundcubeSelectors,
    selectorRoot: frameDocument,
    fixture: "roundcube.html",
    serveFrame: servePreview,
    prepare: () => framesLoaded(),
    open: { ...PAYMENT_NOTICE, date: new Date(Date.UTC(2026, 10, 17, 8, 14, 2)) },
    notFromOpenMessage: ["expires in 60 days", "Porto office move", "Kestrel IT"],
    next: { ...EXPIRY_REMINDER, template: "preview-106" },
  });

  it("puts the banner inside the preview frame, above #messagebody, and watches that document", () => {
    const message = openMessage(roundcube);
    expect(message?.anchor.id).toBe("messagebody");
    expect(message?.anchor.ownerDocument).toBe(frameDocument());
    expect(roundcube.frames?.(document)).toEqual([frameDocument()]);
  });

  it("reads the full-page message view, where the message is in the top document", () => {
    document.body.innerHTML = frameDocument().body.innerHTML;
    expect(openMessage(roundcube)?.from.address).toBe("billing@psw-group.de");
  });

  it("strips the screen-reader label from the subject", () => {
    expect(openMessage(roundcube)?.subject.startsWith("Subject")).toBe(false);
  });
});
