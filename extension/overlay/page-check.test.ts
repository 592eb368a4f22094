import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { loadFixture } from "../providers/fixture-page";
import { PROVIDERS } from "../providers";
import { gmail } from "../providers/gmail";
import { providerStatusItem } from "../utils/storage/storage";
import { recognises, whenRecognised } from "./page-check";

/** The recognition window these tests give a page. */
const RECOGNISE_WITHIN_MS = 10_000;

const WEBMAIL_FIXTURES: Record<string, string> = {
  gmail: "gmail.html",
  outlook: "outlook.html",
  yahoo: "yahoo.html",
  proton: "proton.html",
  fastmail: "fastmail.html",
  roundcube: "roundcube.html",
};
/** Waits until the recorded status of Gmail's page matches (the write to storage is asynchronous). */
const recorded = (status: object) =>
  vi.waitFor(async () => expect((await providerStatusItem.getValue()).gmail).toMatchObject(status));

describe("page check", () => {
  beforeEach(() => providerStatusItem.setValue({}));
  afterEach(() => vi.useRealTimers());

  it("recognises each provider's saved page, and no provider a page that is not its webmail", () => {
    for (const [id, provider] of Object.entries(PROVIDERS)) {
      loadFixture(WEBMAIL_FIXTURES[id]);
      expect(recognises(provider, document), id).toBe(true);
    }
    document.body.replaceChildren(
      Object.assign(document.createElement("p"), { textContent: "Gmail has a new look. Try it." }),
    );
    for (const provider of Object.values(PROVIDERS)) expect(recognises(provider, document), provider.id).toBe(false);
  });

  it("starts at once on a recognised page and records it active", async () => {
    loadFixture("gmail.html");
    const start = vi.fn();
    whenRecognised(gmail, document, start);
    expect(start).toHaveBeenCalledOnce();
    await recorded({ name: "Gmail", state: "active" });
  });

  it("records an unrecognised page as paused, and starts if the page later turns into the webmail", async () => {
    vi.useFakeTimers();
    document.body.replaceChildren(document.createElement("main"));
    const start = vi.fn();
    const stop = whenRecognised(gmail, document, start, RECOGNISE_WITHIN_MS);
    await vi.advanceTimersByTimeAsync(RECOGNISE_WITHIN_MS - 1);
    expect((await providerStatusItem.getValue()).gmail).toBeUndefined(); // not paused before its time
    await vi.advanceTimersByTimeAsync(1);
    await recorded({ name: "Gmail", state: "paused" });
    expect(start).not.toHaveBeenCalled();
    loadFixture("gmail.html");
    await vi.waitFor(() => expect(start).toHaveBeenCalledOnce());
    await recorded({ state: "active" });
    stop();
  });
});
