import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { emptyView, loadFixture, renderTemplate } from "../providers/fixture-page";
import { gmail } from "../providers/gmail";
import type { LocatedMessage, OpenMessage } from "../providers/types";
import { SCAN_DELAY_MS, watchOpenMessage } from "./watch-open-message";

/** Lets the observer's callbacks run and the scan timer fire, on fake time. */
const settle = (ms = SCAN_DELAY_MS) => vi.advanceTimersByTimeAsync(ms);

describe("watchOpenMessage", () => {
  let changes: (OpenMessage | undefined)[];
  let reanchored: LocatedMessage[];
  let stop: () => void;

  beforeEach(() => {
    vi.useFakeTimers();
    loadFixture("gmail.html");
    changes = [];
    reanchored = [];
    stop = watchOpenMessage(gmail, document, {
      changed: (message) => changes.push(message),
      reanchor: (located) => reanchored.push(located),
    });
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  it("reports the message open at start", () => {
    expect(changes.map((message) => message?.from.address)).toEqual(["billing@psw-group.de"]);
  });

  it("follows single-page navigation to a message that renders 1 s later", async () => {
    history.pushState(null, "", "#inbox/FMfcgzQXJWvsLpRnfWCVxFqTrsJbKkHm");
    emptyView();
    await settle();
    expect(changes.at(-1)).toBeUndefined();
    await settle(1000);
    renderTemplate("msg-digicert");
    await settle();
    expect(changes.map((message) => message?.from.address)).toEqual([
      "billing@psw-group.de",
      undefined,
      "noreply@digicert.com",
    ]);
  });

  it("scans once for a burst of mutations and does not report the same message twice", async () => {
    const body = document.querySelector("[data-view] div.a3s");
    for (let i = 0; i < 50; i++) body?.append(document.createElement("span"));
    await settle();
    expect(changes).toHaveLength(1);
    expect(reanchored).toHaveLength(1);
  });

  it("keeps scanning while the open message's header is not rendered yet", async () => {
    emptyView();
    await settle();
    renderTemplate("msg-lunch");
    const header = document.querySelector("[data-view] .adn.ads h3.iw");
    const chip = header?.firstElementChild;
    chip?.remove();
    await settle();
    expect(changes.at(-1)).toBeUndefined();
    if (chip) header?.append(chip);
    await settle();
    expect(changes.at(-1)?.subject).toBe("Porto office move – Friday");
  });
});
