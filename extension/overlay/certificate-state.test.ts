import { beforeEach, describe, expect, it } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import inventory from "../../test/fixtures/inventory.json";
import { createMessageHandler } from "../background/handlers";
import type { ApiCertificate } from "../utils/api/api-schemas";
import { certificateCacheItem } from "../utils/storage/storage";
import { certificateState } from "./certificate-state";

describe("certificateState", () => {
  let asked: number;

  beforeEach(() => {
    asked = 0;
    const handle = createMessageHandler();
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      asked++;
      return handle(message);
    });
  });

  it("asks the background once, and again only after the cache in storage changes", async () => {
    const state = certificateState();
    expect(await state.current()).toEqual({ connected: false, certificates: [] });
    await state.current();
    expect(asked).toBe(1);
    // Watchers run in the order they were added: once ours has seen the change, the state's has too.
    const seen = new Promise<void>((resolve) => {
      const unwatch = certificateCacheItem.watch(() => {
        unwatch();
        resolve();
      });
    });
    await certificateCacheItem.setValue({
      certificates: inventory.certificates as ApiCertificate[],
      fetchedAt: "2026-11-21T06:00:00Z",
    });
    await seen;
    expect((await state.current()).certificates).toHaveLength(inventory.certificates.length);
    expect(asked).toBe(2);
    state.stop();
  });

  it("answers 'not connected' without throwing when the background does not answer", async () => {
    fakeBrowser.runtime.onMessage.removeAllListeners();
    const state = certificateState();
    expect(await state.current()).toMatchObject({ connected: false, certificates: [] });
    expect(asked).toBe(0);
    state.stop();
  });
});
