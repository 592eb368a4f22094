import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { createWorkerClient } from "../../../utils/api/api";
import { dashboardContext } from "../../../test-setup/dashboard";
import { apiError, json } from "../../../test-setup/responses";
import { noticesPanel } from "./notices";
import { fakeBrowser } from "wxt/testing/fake-browser";

const fixture = JSON.parse(readFileSync(path.join(import.meta.dirname, "../../../test-fixtures/notices.json"), "utf8"));

/** The Worker's notice routes at the HTTP boundary. */
function noticeWorker(replyAnswer: () => Response = () => json(fixture.reply)) {
  const fetchMock = vi.fn(async (url: string) => {
    const { pathname, searchParams } = new URL(url);
    if (pathname === "/api/notices") {
      const notices = fixture.list.notices.filter(
        (n: { misleading: boolean; spoofed: boolean }) =>
          (searchParams.get("misleading") !== "true" || n.misleading) &&
          (searchParams.get("spoofed") !== "true" || n.spoofed),
      );
      return json({ ...fixture.list, notices, total: notices.length });
    }
    if (pathname.endsWith("/reply")) return replyAnswer();
    if (pathname.startsWith("/api/notices/")) return json(fixture.detail);
    return apiError(404, "not_found", `No route for GET ${pathname}.`);
  });
  return createWorkerClient(
    { workerUrl: "http://127.0.0.1:8791", token: "ct_good" },
    fetchMock as unknown as typeof fetch,
  );
}

async function openFirstNotice(panel: HTMLElement) {
  await vi.waitFor(() => expect(panel.querySelectorAll("tbody tr")).toHaveLength(2));
  panel.querySelector<HTMLElement>("tbody tr")!.click();
  await vi.waitFor(() => expect(panel.querySelector("aside.detail h2")).not.toBeNull());
}

describe("notices panel", () => {
  it("shows bidirectional controls in subject and sender as written, never reversed", async () => {
    const tricky = structuredClone(fixture);
    tricky.list.notices[0].subject = "Your invoice\u202Efdp.exe";
    tricky.list.notices[0].from.name = "PSW \u2067GROUP\u2069 Billing";
    const fetchMock = vi.fn(async () => json(tricky.list));
    const client = createWorkerClient(
      { workerUrl: "http://127.0.0.1:8791", token: "ct_good" },
      fetchMock as unknown as typeof fetch,
    );
    const panel = noticesPanel(dashboardContext({ client }));
    await vi.waitFor(() => expect(panel.querySelectorAll("tbody tr")).toHaveLength(2));
    const cells = [...panel.querySelectorAll("tbody tr")[0].querySelectorAll("td")];
    expect(cells[1].textContent).toBe("PSW [U+2067]GROUP[U+2069] Billing <billing@psw-group-renewals.com>");
    expect(cells[2].textContent).toBe("Your invoice[U+202E]fdp.exe");
    expect(panel.textContent).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/);
  });

  it("lists notices with sender and verdict", async () => {
    const panel = noticesPanel(dashboardContext({ client: noticeWorker() }));
    await vi.waitFor(() => expect(panel.querySelectorAll("tbody tr")).toHaveLength(2));
    const rows = [...panel.querySelectorAll("tbody tr")].map((row) =>
      [...row.querySelectorAll("td")].map((td) => td.textContent),
    );
    expect(rows[0].slice(1)).toEqual([
      "PSW GROUP Billing <billing@psw-group-renewals.com>",
      "Certificate legacy.harborfinch.de revoked: payment not accepted",
      "Payment",
      "SpoofedMisleading",
    ]);
    expect(rows[1][4]).toBe("Consistent");
    expect(panel.querySelector(".pager span")?.textContent).toBe("1–2 of 2");
  });

  it("asks the Worker for misleading notices only when that chip is on", async () => {
    const panel = noticesPanel(dashboardContext({ client: noticeWorker() }));
    await vi.waitFor(() => expect(panel.querySelectorAll("tbody tr")).toHaveLength(2));
    const misleading = [...panel.querySelectorAll<HTMLButtonElement>(".filter-chip")].find(
      (b) => b.textContent === "Misleading",
    )!;
    misleading.click();
    await vi.waitFor(() => expect(panel.querySelectorAll("tbody tr")).toHaveLength(1));
    expect(panel.querySelector("tbody tr td:nth-child(3)")?.textContent).toMatch(/revoked: payment not accepted/);
    misleading.click(); // leave the shared filter as found
    await vi.waitFor(() => expect(panel.querySelectorAll("tbody tr")).toHaveLength(2));
  });

  it("pages through the Worker's list and sends vendor, kind and dates as its query", async () => {
    const asked: URLSearchParams[] = [];
    const many = Array.from({ length: 50 }, (_, i) => ({ ...fixture.list.notices[1], id: `n${i}` }));
    const client = createWorkerClient({ workerUrl: "http://127.0.0.1:8791", token: "ct_good" }, (async (
      url: string,
    ) => {
      const { pathname, searchParams } = new URL(url);
      if (pathname === "/api/vendors") return json({ vendors: [{ vendor: "PSW GROUP", notices: 1, letLapse: [] }] });
      asked.push(searchParams);
      return json({ notices: many, total: 120, limit: 50, offset: Number(searchParams.get("offset")) });
    }) as unknown as typeof fetch);
    const panel = noticesPanel(dashboardContext({ client }));
    await vi.waitFor(() => expect(panel.querySelector(".pager span")?.textContent).toBe("1–50 of 120"));
    [...panel.querySelectorAll<HTMLButtonElement>(".pager button")].find((b) => b.textContent === "Next")!.click();
    await vi.waitFor(() => expect(panel.querySelector(".pager span")?.textContent).toBe("51–100 of 120"));
    await vi.waitFor(() => expect(panel.querySelector<HTMLSelectElement>("select[data-filter=vendor]")).not.toBeNull());
    const vendor = panel.querySelector<HTMLSelectElement>("select[data-filter=vendor]")!;
    vendor.value = "PSW GROUP";
    vendor.dispatchEvent(new Event("change"));
    const kind = panel.querySelector<HTMLSelectElement>("select[data-filter=kind]")!;
    kind.value = "payment";
    kind.dispatchEvent(new Event("change"));
    const until = panel.querySelector<HTMLInputElement>("input[data-filter=until]")!;
    until.value = "2026-11-30";
    until.dispatchEvent(new Event("change"));
    await vi.waitFor(() => expect(asked.at(-1)?.get("until")).toBe("2026-12-01"));
    expect(Object.fromEntries(asked.at(-1)!)).toMatchObject({
      vendor: "PSW GROUP",
      kind: "payment",
      offset: "0",
      limit: "50",
    });
    for (const [node, value] of [
      [vendor, ""],
      [kind, ""],
      [until, ""],
    ] as const)
      (node.value = value), node.dispatchEvent(new Event("change"));
  });

  it("opens a notice with the engine's findings, the matched certificate and a reply draft to copy", async () => {
    const writeText = vi.fn(async () => {});
    vi.stubGlobal("navigator", { ...navigator, clipboard: { writeText } });
    const panel = noticesPanel(dashboardContext({ client: noticeWorker() }));
    await openFirstNotice(panel);
    const detail = panel.querySelector("aside.detail")!;
    expect([...detail.querySelectorAll(".reasons li code")].map((c) => c.textContent)).toEqual([
      "payment-without-order",
      "look-alike-domain",
    ]);
    expect(detail.querySelector(".facts a")?.textContent).toBe("legacy.harborfinch.de");
    await vi.waitFor(() =>
      expect(detail.querySelector<HTMLTextAreaElement>("textarea.reply")?.value).toContain("No order was placed"),
    );
    expect(detail.querySelector(".reply-about .notice-bar")?.textContent).toMatch(/not PSW GROUP/);
    const copy = [...detail.querySelectorAll("button")].find((b) => b.textContent === "Copy")!;
    copy.click();
    await vi.waitFor(() =>
      expect(writeText).toHaveBeenCalledWith(expect.stringMatching(/^Subject: Re: Certificate legacy/)),
    );
    vi.unstubAllGlobals();
  });

  it("says why there is no reply when the Worker cannot write one", async () => {
    const client = noticeWorker(() =>
      apiError(422, "no_certificate", "The notice names none of the account's certificates."),
    );
    const panel = noticesPanel(dashboardContext({ client }));
    await openFirstNotice(panel);
    await vi.waitFor(() =>
      expect(panel.querySelector(".reply-section [role=status]")?.textContent).toBe(
        "The notice names none of the account's certificates.",
      ),
    );
  });

  it("explains a Worker without the notices route instead of failing", async () => {
    const client = createWorkerClient({ workerUrl: "http://127.0.0.1:8791", token: "ct_good" }, (async () =>
      apiError(404, "not_found", "No route for GET /api/notices.")) as typeof fetch);
    const panel = noticesPanel(dashboardContext({ client }));
    await vi.waitFor(() =>
      expect(panel.querySelector(".notice-bar")?.textContent).toBe("This Worker does not offer this feature yet."),
    );
  });

  it("writes a reason in the reader's language from its code and facts", async () => {
    const reason = {
      code: "revoked-but-expired",
      facts: { commonName: "legacy.harborfinch.de", notAfter: "2026-10-01" },
      message: "Says legacy.harborfinch.de was revoked…",
    };
    const detail = {
      ...fixture.detail,
      notice: {
        ...fixture.detail.notice,
        assessment: { ...fixture.detail.notice.assessment, reasons: [reason], spoofReasons: [] },
      },
    };
    const client = createWorkerClient({ workerUrl: "http://127.0.0.1:8791", token: "ct_good" }, (async (
      url: string,
    ) => {
      const { pathname } = new URL(url);
      if (pathname === "/api/notices") return json(fixture.list);
      return pathname.endsWith("/reply")
        ? json(fixture.reply)
        : json(pathname.startsWith("/api/notices/") ? detail : { vendors: [] });
    }) as unknown as typeof fetch);
    const original = fakeBrowser.i18n.getUILanguage;
    Object.assign(fakeBrowser.i18n, { getUILanguage: () => "de" });
    try {
      const panel = noticesPanel(dashboardContext({ client }));
      await openFirstNotice(panel);
      expect(panel.querySelector(".reasons li")?.textContent).toBe(
        "revoked-but-expired Behauptet, legacy.harborfinch.de sei widerrufen worden, aber es wurde nie widerrufen: es ist einfach am 1. Oktober 2026 abgelaufen.",
      );
    } finally {
      Object.assign(fakeBrowser.i18n, { getUILanguage: original });
    }
  });
});
