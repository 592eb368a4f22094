import { beforeEach, describe, expect, it, vi } from "vitest";
import { loadFixture } from "../providers/fixture-page";
import { PROVIDERS } from "../providers";
import { gmail } from "../providers/gmail";
import { providerStatusItem } from "../utils/storage";
import { recognises, whenRecognised } from "./page-check";

const WEBMAIL_FIXTURES: Record<string, string> = {
  gmail: "gmail.html", outlook: "outlook.html", yahoo: "yahoo.html", proton: "proton.html", fastmail: "fastmail.html", roundcube: "roundcube.html",
};
const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("page check", () => {
  beforeEach(() => providerStatusItem.setValue({}));

  it("recognises each provider's saved page, and no provider a page that is not its webmail", () => {
    for (const [id, provider] of Object.entries(PROVIDERS)) {
      loadFixture(WEBMAIL_FIXTURES[id]);
      expect(recognises(provider, document), id).toBe(true);
    }
    document.body.replaceChildren(Object.assign(document.createElement("p"), { textContent: "Gmail has a new look. Try it." }));
    for (const provider of Object.values(PROVIDERS)) expect(recognises(provider, document), provider.id).toBe(false);
  });

  it("starts at once on a recognised page and records it active", async () => {
    loadFixture("gmail.html");
    const start = vi.fn();
    whenRecognised(gmail, document, start, 50);
    expect(start).toHaveBeenCalledOnce();
    await settle(20);
    expect((await providerStatusItem.getValue()).gmail).toMatchObject({ name: "Gmail", state: "active" });
  });

  it("records an unrecognised page as paused, and starts if the page later turns into the webmail", async () => {
    document.body.replaceChildren(document.createElement("main"));
    const start = vi.fn();
    const stop = whenRecognised(gmail, document, start, 50);
    await settle(100);
    expect(start).not.toHaveBeenCalled();
    expect((await providerStatusItem.getValue()).gmail).toMatchObject({ name: "Gmail", state: "paused" });
    loadFixture("gmail.html");
    await settle(20);
    expect(start).toHaveBeenCalledOnce();
    expect((await providerStatusItem.getValue()).gmail?.state).toBe("active");
    stop();
  });
});
