import { describe, expect, it, vi } from "vitest";
import { createWorkerClient } from "../../../utils/api/api";
import { dashboardContext } from "../../../test-setup/dashboard";
import { json } from "../../../test-setup/responses";
import { vendorsPanel } from "./vendors";

const answer = {
  vendors: [
    {
      vendor: "PSW GROUP",
      notices: 9,
      misleading: 3,
      spoofed: 1,
      firstNoticeAt: "2026-08-01T08:00:00.000Z",
      lastNoticeAt: "2026-11-18T08:00:00.000Z",
      letLapse: [
        {
          certificateId: "3f6c0004-9a1e-4c2b-8d7e-b9d982bfa471",
          commonName: "legacy.harborfinch.de",
          notAfter: "2026-10-01T23:59:59.000Z",
          intentSetAt: null,
          notices: 6,
          noticesAfterIntent: 6,
          misleading: 3,
          lastNoticeAt: "2026-11-18T08:00:00.000Z",
          daysMailingAfterExpiry: 47,
        },
      ],
    },
    {
      vendor: "Sectigo",
      notices: 2,
      misleading: 0,
      spoofed: 0,
      firstNoticeAt: "2026-11-01T08:00:00.000Z",
      lastNoticeAt: "2026-11-21T06:00:00.000Z",
      letLapse: [],
    },
  ],
};

const cells = (table: Element) =>
  [...table.querySelectorAll("tbody tr")].map((row) => [...row.querySelectorAll("td")].map((td) => td.textContent));

describe("vendor pressure panel", () => {
  it("shows notices per vendor and who kept mailing about a certificate let lapse", async () => {
    const notices = [
      { id: "a", subject: "Renew now", vendor: "PSW GROUP", datedAt: "2026-11-18T08:00:00.000Z", misleading: true },
      { id: "b", subject: "Expiry", vendor: "Sectigo", datedAt: "2026-11-21T06:00:00.000Z", misleading: false },
    ];
    const client = createWorkerClient({ workerUrl: "http://127.0.0.1:8791", token: "ct_good" }, (async (url: string) =>
      new URL(url).pathname === "/api/notices"
        ? json({ notices, total: 2 })
        : json(answer)) as unknown as typeof fetch);
    const panel = vendorsPanel(dashboardContext({ client }));
    await vi.waitFor(() => expect(panel.querySelectorAll("table")).toHaveLength(2));
    // The picture: a lane per vendor, a dot per notice, the let-lapse certificate's expiry and the mailing after it.
    const chart = panel.querySelector('[data-chart="vendor-pressure"]')!;
    expect([...chart.querySelectorAll("g[data-vendor]")].map((g) => g.getAttribute("data-vendor"))).toEqual([
      "PSW GROUP",
      "Sectigo",
    ]);
    expect(chart.querySelectorAll("circle.notice-dot")).toHaveLength(2);
    expect(chart.querySelectorAll("circle.misleading")).toHaveLength(1);
    expect(chart.querySelector('[data-vendor="PSW GROUP"] [data-mark="expiry"] title')?.textContent).toBe(
      "legacy.harborfinch.de expired Oct 1, 2026",
    );
    expect(chart.querySelector(".after-expiry title")?.textContent).toBe(
      "legacy.harborfinch.de: mailing 47 days after expiry",
    );
    const [totals, pressure] = panel.querySelectorAll("table");
    expect(cells(totals)).toEqual([
      ["PSW GROUP", "9", "3", "1", "Nov 18, 2026"],
      ["Sectigo", "2", "0", "0", "Nov 21, 2026"],
    ]);
    expect(cells(pressure)).toEqual([["PSW GROUP", "legacy.harborfinch.de", "6", "6", "3", "47 days", "Nov 18, 2026"]]);
    expect(pressure.querySelector("a")?.getAttribute("href")).toBe(
      "#certificates/3f6c0004-9a1e-4c2b-8d7e-b9d982bfa471",
    );
  });
});
