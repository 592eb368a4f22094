import { describe, expect, it } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { certificatePage, NOW } from "../test-setup/responses";
import { badgeText, updateBadge } from "./badge";

describe("toolbar badge", () => {
  it("shows how many certificates need action", async () => {
    await updateBadge(certificatePage().certificates, NOW);
    expect(await fakeBrowser.action.getBadgeText({})).toBe("5");
  });

  it("is empty when nothing needs action or nothing is cached", () => {
    const calm = certificatePage().certificates.filter((c) => c.commonName === "api.harborfinch.de");
    expect(badgeText(calm, NOW)).toBe("");
    expect(badgeText(null, NOW)).toBe("");
  });
});
