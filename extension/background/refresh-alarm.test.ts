import { describe, expect, it, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { certificatePage, NOW } from "../test-setup/responses";
import { ensureRefreshAlarm, onRefreshAlarm, REFRESH_ALARM, REFRESH_MINUTES } from "./refresh-alarm";

describe("background refresh alarm", () => {
  it("is created once, every 30 minutes", async () => {
    await ensureRefreshAlarm();
    const first = await fakeBrowser.alarms.get(REFRESH_ALARM);
    await ensureRefreshAlarm();
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(1);
    expect(first).toMatchObject({ name: REFRESH_ALARM, periodInMinutes: REFRESH_MINUTES });
  });

  it("refreshes the cache and updates the badge when it fires, and ignores other alarms", async () => {
    const cache = { certificates: certificatePage().certificates, fetchedAt: NOW.toISOString() };
    const refresh = vi.fn(async () => ({ ok: true as const, cache }));
    const options = { refresh, now: () => NOW };
    await onRefreshAlarm({ name: "something-else", scheduledTime: NOW.getTime() }, options);
    expect(refresh).not.toHaveBeenCalled();
    await onRefreshAlarm({ name: REFRESH_ALARM, scheduledTime: NOW.getTime(), periodInMinutes: 30 }, options);
    expect(refresh).toHaveBeenCalledWith(NOW);
    expect(await fakeBrowser.action.getBadgeText({})).toBe("5");
  });
});
