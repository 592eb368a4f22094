import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import inventory from "../../test/fixtures/inventory.json";
import { createMessageHandler } from "../background/handlers";
import { emptyView, loadFixture, renderTemplate } from "../providers/fixture-page";
import { gmail } from "../providers/gmail";
import type { ApiCertificate } from "../utils/api/api-schemas";
import { certificateCacheItem } from "../utils/storage/storage";
import { fakeSite, gmailOriginalPage, sourceFixture, setPageUrl } from "../providers/source-fixtures";
import { certificateState } from "./certificate-state";
import { judgeOpenMessage } from "./judge-open-message";
import { ASSESSED_ATTRIBUTE, startOverlay } from "./start-overlay";

/** Waits for a condition; with fake timers on, vi.waitFor advances them between checks. */
const until = (check: () => boolean) =>
  vi.waitFor(() => {
    if (!check()) throw new Error("not yet");
  });
const banners = () => Array.from(document.querySelectorAll("certitude-banner"));
const attributes = (banner: Element | undefined) =>
  banner &&
  Object.fromEntries(
    ["data-kind", "data-misleading", "data-spoofed", "data-certificate", "data-sender"].map((a) => [
      a,
      banner.getAttribute(a),
    ]),
  );
const buttonLabels = () => Array.from(banners()[0].shadowRoot!.querySelectorAll("button"), (b) => b.textContent);
const SHOW_ORIGINAL = "https://mail.google.com/mail/u/0/?ik=3f9c2a1b7e&view=om&permmsgid=msg-f:1849622017331984551";
/** Gmail's account key, which the source reader finds in the page (loadFixture drops scripts). */
function addIk() {
  const link = document.createElement("a");
  link.href = "?ui=2&ik=3f9c2a1b7e&view=att&attid=0.1";
  document.body.append(link);
}

describe("startOverlay on Gmail", () => {
  let stop: () => void;
  let served: Record<string, string>;
  beforeEach(async () => {
    vi.useFakeTimers();
    setPageUrl("https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWvrZbNtkfmKBqdFhZlmWSdJ");
    served = {};
    const handle = createMessageHandler();
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => handle(message));
    await certificateCacheItem.setValue({
      certificates: inventory.certificates as ApiCertificate[],
      fetchedAt: "2026-11-21T06:00:00.000Z",
    });
    loadFixture("gmail.html");
    addIk();
    const { fetchPage } = fakeSite(served);
    stop = startOverlay(gmail, document, {
      judge: (message, located, certificates) =>
        judgeOpenMessage(gmail, message, located, certificates, { fetchPage, resolveTxt: async () => [] }),
      state: certificateState(),
    });
    await until(() => banners().length > 0);
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  it("puts one banner above the open message's body with the verdict in its attributes", () => {
    expect(banners()).toHaveLength(1);
    expect(attributes(banners()[0])).toEqual({
      "data-kind": "payment",
      "data-misleading": "true",
      "data-spoofed": "false",
      "data-certificate": "k03",
      "data-sender": "unverified", // the source could not be read: never presented as genuine
    });
    expect(banners()[0].nextElementSibling?.matches("[data-view] div.ii.gt")).toBe(true);
  });

  it("says what the notice is, why it misleads, and which certificate it concerns", () => {
    const text = banners()[0].shadowRoot?.textContent ?? "";
    expect(text).toContain("Certificate payment notice");
    expect(text).toContain("Misleading");
    expect(text).toContain("kestrel-logistik.de — expired 2025-09-10, you decided to let it lapse, no auto-renewal");
    expect(text).toContain("Sender not verified");
    // Already let-lapse: nothing to change; and no reply to a sender that could not be verified.
    expect(buttonLabels()).toEqual(["Save to timeline"]);
  });
  it("judges the message's own source: the receiver's dmarc=pass verifies the sender and offers the reply", async () => {
    served[SHOW_ORIGINAL] = gmailOriginalPage(sourceFixture("psw-payment-genuine.eml"));
    emptyView();
    await until(() => banners().length === 0);
    renderTemplate("msg-digicert");
    await until(() => banners().length === 1);
    emptyView();
    loadFixture("gmail.html");
    addIk();
    await until(() => banners()[0]?.getAttribute("data-kind") === "payment");
    expect(attributes(banners()[0])).toMatchObject({
      "data-spoofed": "false",
      "data-sender": "verified",
      "data-misleading": "true",
    });
    expect(banners()[0].shadowRoot?.textContent).toContain("Sender verified");
    expect(buttonLabels()).toEqual(["Save to timeline", "Copy reply"]);
  });
  it("flags from its source a notice that looks genuine on the page but failed DMARC at the receiver", async () => {
    served["https://mail.google.com/mail/u/0/?ik=3f9c2a1b7e&view=om&permmsgid=msg-f:1849442117501938211"] =
      gmailOriginalPage(sourceFixture("digicert-expiry-forged.eml"));
    emptyView();
    renderTemplate("msg-digicert");
    await until(() => banners()[0]?.getAttribute("data-kind") === "expiry");
    expect(attributes(banners()[0])).toMatchObject({
      "data-spoofed": "true",
      "data-sender": "forged",
      "data-certificate": "k01",
    });
    expect(buttonLabels()).not.toContain("Copy reply");
  });

  it("replaces the banner when another message opens, and removes it for a message that is no notice", async () => {
    emptyView();
    await until(() => banners().length === 0);
    expect(banners()).toHaveLength(0);
    renderTemplate("msg-digicert");
    await until(() => banners().length > 0);
    expect(banners()).toHaveLength(1);
    expect(attributes(banners()[0])).toMatchObject({
      "data-kind": "expiry",
      "data-misleading": "false",
      "data-certificate": "k01",
    });
    emptyView();
    renderTemplate("msg-lunch");
    // The lunch note has been judged (not merely not yet looked at), and it got no banner.
    await until(() => document.querySelector(`[data-view] div.ii.gt[${ASSESSED_ATTRIBUTE}]`) !== null);
    expect(document.querySelector(`[${ASSESSED_ATTRIBUTE}]`)?.getAttribute(ASSESSED_ATTRIBUTE)).toBe("none");
    expect(banners()).toHaveLength(0);
  });

  it("asks for confirmation before letting a certificate lapse, and reports the background's answer", async () => {
    emptyView();
    renderTemplate("msg-digicert");
    await until(() => banners()[0]?.getAttribute("data-certificate") === "k01");
    const root = banners()[0].shadowRoot!;
    const button = (label: string) => Array.from(root.querySelectorAll("button")).find((b) => b.textContent === label);
    button("Let this certificate lapse")?.click();
    expect(root.textContent).toContain("Let www.kestrel-logistics.com lapse?");
    button("Yes, let it lapse")?.click();
    const status = root.querySelector('[role="status"]')!;
    await until(() => status.textContent !== "…" && status.textContent !== "");
    // No Worker is connected in this test, so the background refuses and the banner says why.
    expect(status.textContent).toBe(
      "Not changed: Certitude is not connected to a Worker. Open the dashboard and connect.",
    );
  });

  it("re-inserts the banner when Gmail re-renders the same message", async () => {
    banners()[0].remove();
    document.querySelector("[data-view] div.a3s")?.append(document.createElement("span"));
    await until(() => banners().length === 1);
    expect(banners()).toHaveLength(1);
  });
});
