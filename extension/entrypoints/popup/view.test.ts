import { describe, expect, it, vi } from "vitest";
import { certificatePage, NOW } from "../../test-setup/responses";
import { buildPopupModel } from "./model";
import { renderPopup } from "./view";

const connection = {
  workerUrl: "http://127.0.0.1:8791",
  token: "ct_good",
  version: "0.1.0",
  connectedAt: "2026-11-01T10:00:00Z",
};

function render(...args: Parameters<typeof buildPopupModel>) {
  const actions = { openDashboard: vi.fn(), refresh: vi.fn(), openCertificate: vi.fn() };
  const root = document.createElement("main");
  root.append(...renderPopup(buildPopupModel(...args), NOW, actions));
  return { root, actions };
}

describe("popup view", () => {
  it("shows the three counts, the five most urgent rows and when the data was fetched", () => {
    const cache = { certificates: certificatePage().certificates, fetchedAt: "2026-11-21T07:40:00.000Z" };
    const stats = { month: "2026-11", misleading: 2, total: 6, fetchedAt: cache.fetchedAt };
    const { root } = render({ connection, cache, stats, status: null }, NOW);
    const tiles = [...root.querySelectorAll(".tile")].map((t) => t.textContent);
    expect(tiles).toEqual(["5need action", "1lapsed as planned", "2misleading notices this month"]);
    const rows = [...root.querySelectorAll(".urgent li")].map((li) => li.textContent);
    expect(rows[0]).toBe("mail.harborfinch.deexpired 11 days agoRenew");
    expect(rows[1]).toBe("shop.harborfinch.de14 days leftRenew");
    expect(rows).toHaveLength(5);
    expect(root.querySelector(".status")?.textContent).toBe("Updated 20 min ago");
  });

  it("says it is offline and how old the cache is when the last refresh failed", () => {
    const cache = { certificates: certificatePage().certificates, fetchedAt: "2026-11-21T05:00:00.000Z" };
    const status = {
      attemptedAt: "2026-11-21T07:59:00.000Z",
      error: { kind: "unreachable", message: "Failed to fetch" },
    };
    const { root } = render({ connection, cache, stats: null, status }, NOW);
    expect(root.querySelector(".status")?.textContent).toBe("Offline · data from 3 hours ago");
    expect(root.querySelector(".notice-bar")?.textContent).toBe("Offline: the Worker could not be reached.");
  });

  it("offers the dashboard when not connected", () => {
    const { root, actions } = render({ connection: null, cache: null, stats: null, status: null }, NOW);
    expect(root.textContent).toContain("Connect Certitude to your Worker to see your certificates.");
    root.querySelector("button")!.click();
    expect(actions.openDashboard).toHaveBeenCalledOnce();
  });

  it("shows names from the Worker as text, never as markup", () => {
    const [first] = certificatePage().certificates;
    const hostile = { ...first, commonName: '<img src=x onerror="alert(1)">.harborfinch.de' };
    const cache = { certificates: [hostile], fetchedAt: "2026-11-21T07:40:00.000Z" };
    const { root } = render({ connection, cache, stats: null, status: null }, NOW);
    expect(root.querySelector(".urgent img")).toBeNull();
    expect(root.querySelector(".domain")?.textContent).toBe(hostile.commonName);
  });

  it("shows a right-to-left override in a name as written, not reversed", () => {
    const [first] = certificatePage().certificates;
    const tricky = { ...first, commonName: "login.‮ed.hcnifrobrah", sans: ["a⁧b.example"] };
    const cache = { certificates: [tricky], fetchedAt: "2026-11-21T07:40:00.000Z" };
    const { root } = render({ connection, cache, stats: null, status: null }, NOW);
    const domain = root.querySelector<HTMLElement>(".domain")!;
    expect(domain.textContent).toBe("login.[U+202E]ed.hcnifrobrah");
    expect(domain.title).toBe("a[U+2067]b.example");
    expect(domain.dir).toBe("auto");
  });

  it("opens a row's certificate in the dashboard", () => {
    const [first] = certificatePage().certificates;
    const cache = { certificates: [first], fetchedAt: "2026-11-21T07:40:00.000Z" };
    const { root, actions } = render({ connection, cache, stats: null, status: null }, NOW);
    const link = root.querySelector<HTMLAnchorElement>(".urgent a.domain")!;
    expect(link.getAttribute("href")).toBe(`/options.html#certificates/${first.id}`);
    link.click();
    expect(actions.openCertificate).toHaveBeenCalledWith(first.id);
  });
});
