import { describe, expect, it } from "vitest";
import { pausedProviders, renderProviderStatus } from "./provider-status";

const at = "2026-11-21T06:00:00.000Z";

describe("provider status in the popup", () => {
  it("names each webmail whose page was not recognised, and nothing for the active ones", () => {
    const statuses = {
      gmail: { name: "Gmail", state: "paused" as const, checkedAt: at },
      fastmail: { name: "Fastmail", state: "active" as const, checkedAt: at },
      yahoo: { name: "Yahoo Mail", state: "paused" as const, checkedAt: at },
    };
    expect(pausedProviders(statuses)).toEqual([
      "Gmail: page not recognised, overlay paused",
      "Yahoo Mail: page not recognised, overlay paused",
    ]);
    expect(renderProviderStatus(statuses)?.textContent).toContain("Gmail: page not recognised, overlay paused");
    expect(renderProviderStatus({ fastmail: statuses.fastmail })).toBeNull();
  });
});
