import { readFileSync } from "node:fs";
import path from "node:path";
import { generateChromeMessages, parseMessagesFile } from "@wxt-dev/i18n/build";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { createWorkerClient } from "../../utils/api/api";
import { dashboardContext } from "../../test-setup/dashboard";
import { certificatePage, json } from "../../test-setup/responses";
import type { Panel } from "./context";
import { alertsPanel } from "./panels/alerts";
import { certificatesPanel } from "./panels/certificates";
import { checkPanel } from "./panels/check";
import { connectionPanel } from "./panels/connection";
import { importPanel } from "./panels/import";
import { noticesPanel } from "./panels/notices";
import { roundcubePanel } from "./panels/roundcube";
import { settingsPanel } from "./panels/settings";
import { vendorsPanel } from "./panels/vendors";

// Every panel rendered in German, against a Worker that answers every route: a key missing from
// de.yml, or an English message left in a German panel, fails here.

const messagesOf = async (lang: string) =>
  generateChromeMessages(await parseMessagesFile(path.join(import.meta.dirname, `../../locales/${lang}.yml`)));
const notices = JSON.parse(readFileSync(path.join(import.meta.dirname, "../../test-fixtures/notices.json"), "utf8"));
const [shop] = certificatePage().certificates;

const ANSWERS: Record<string, unknown> = {
  "/api/notices": notices.list,
  "/api/vendors": {
    vendors: [
      {
        vendor: "PSW GROUP",
        notices: 2,
        misleading: 1,
        spoofed: 1,
        lastNoticeAt: "2026-11-19T07:12:00.000Z",
        letLapse: [
          {
            certificateId: shop.id,
            commonName: "legacy.harborfinch.de",
            notAfter: "2026-10-01T00:00:00Z",
            intentSetAt: "2026-08-01T00:00:00Z",
            notices: 2,
            noticesAfterIntent: 2,
            misleading: 1,
            lastNoticeAt: "2026-11-19T07:12:00.000Z",
            daysMailingAfterExpiry: 49,
          },
        ],
      },
    ],
  },
  "/api/alerts": {
    alerts: [
      {
        id: "a1",
        certificateId: shop.id,
        type: "expiry",
        title: "shop.harborfinch.de",
        message: "",
        createdAt: "2026-11-20T06:00:00Z",
        deliveries: [
          {
            channel: "webhook",
            status: "failed",
            attempts: 2,
            lastAttemptAt: "2026-11-20T06:00:00Z",
            lastError: "HTTP 500",
            deliveredAt: null,
          },
        ],
      },
    ],
  },
  "/api/settings": {
    expiryThresholds: [30, 14, 7],
    webhook: { url: "https://hooks.example.com/x", format: "json", secretSet: true },
    alertEmail: null,
    forwardTo: null,
    updatedAt: null,
  },
  "/api/tokens": {
    tokens: [
      { id: "t1", name: "ops", scope: "owner", createdAt: "2026-11-01T00:00:00Z", lastUsedAt: null, revokedAt: null },
    ],
  },
  "/api/calendar/feeds": {
    feeds: [{ id: "f1", createdAt: "2026-11-01T00:00:00Z", revokedAt: "2026-11-02T00:00:00Z" }],
  },
  "/api/inbound-addresses": {
    inboundAddresses: [{ address: "notices+abc@certitude.example", createdAt: "2026-11-01T00:00:00Z" }],
  },
};

const client = createWorkerClient({ workerUrl: "http://127.0.0.1:8791", token: "ct_good" }, (async (url: string) => {
  const { pathname } = new URL(url);
  if (pathname.startsWith("/api/notices/")) return json(notices.detail);
  if (pathname.endsWith("/timeline")) return json({ timeline: [] });
  return json(
    ANSWERS[pathname] ?? { error: { code: "not_found", message: "No route" } },
    ANSWERS[pathname] ? 200 : 404,
  );
}) as unknown as typeof fetch);

const PANELS: [string, Panel][] = [
  ["certificates", certificatesPanel],
  ["import", importPanel],
  ["notices", noticesPanel],
  ["vendors", vendorsPanel],
  ["alerts", alertsPanel],
  ["settings", settingsPanel],
  ["check", checkPanel],
  ["roundcube", roundcubePanel],
  ["connection", connectionPanel],
];

const SAME_IN_GERMAN = new Set([
  "Certitude",
  "Dashboard",
  "Import",
  "Roundcube",
  "Version",
  "Domain",
  "Status",
  "Name",
]);
const missing = new Set<string>();
let english: RegExp[] = [];
const original = { getMessage: fakeBrowser.i18n.getMessage, getUILanguage: fakeBrowser.i18n.getUILanguage };

beforeAll(async () => {
  const [en, de] = await Promise.all([messagesOf("en"), messagesOf("de")]);
  // English messages that German words differently, long enough not to be a name ("Roundcube", "JSON").
  // Each as a whole-text pattern, substitutions matching anything: data from the Worker never counts.
  // Words German borrows as they are ("Dashboard", "Status", "Domain", "Version") are not English.
  english = Object.entries(en)
    .filter(([, m]) => !SAME_IN_GERMAN.has(m.message) && m.message.replace(/\$\d/g, "").trim().length > 3)
    .map(
      ([, m]) =>
        new RegExp(
          `^${m.message
            .trim()
            .split(/\$\d/)
            .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
            .join(".*")}$`,
          "s",
        ),
    );
  const getMessage = (name: string, substitutions?: string | string[]) => {
    if (!de[name]) missing.add(name);
    const values = typeof substitutions === "string" ? [substitutions] : (substitutions ?? []);
    return (de[name]?.message ?? "").replace(/\$([1-9])/g, (_, n: string) => values[Number(n) - 1] ?? "");
  };
  Object.assign(fakeBrowser.i18n, { getMessage, getUILanguage: () => "de" });
});
afterAll(() => void Object.assign(fakeBrowser.i18n, original));

/** Everything a reader sees or hears: text, placeholders, labels, titles. */
function shownText(root: Element): string[] {
  const texts = [...root.querySelectorAll("*")].flatMap((node) => [
    ...[...node.childNodes].filter((c) => c.nodeType === 3).map((c) => c.textContent ?? ""),
    ...["placeholder", "aria-label", "title"].map((a) => node.getAttribute(a) ?? ""),
  ]);
  return texts.map((t) => t.trim()).filter(Boolean);
}

describe("the dashboard in German", () => {
  it.each(PANELS)("#%s has every message in German and no English message left", async (id, panel) => {
    const root = panel(dashboardContext({ client, selectedCertificateId: id === "certificates" ? shop.id : null }));
    document.body.replaceChildren(root);
    await vi.waitFor(() => expect(root.textContent).not.toContain("Wird geladen"), { timeout: 3000 }).catch(() => {});
    if (id === "notices") {
      await vi.waitFor(() => expect(root.querySelector("tbody tr")).not.toBeNull());
      root.querySelector<HTMLElement>("tbody tr")!.click();
      await vi.waitFor(() => expect(root.querySelector("aside.detail h2")).not.toBeNull());
    }
    for (const d of root.querySelectorAll("details")) d.open = true;
    const left = shownText(root).filter((text) => english.some((message) => message.test(text)));
    expect({ id, missing: [...missing], english: left }).toEqual({ id, missing: [], english: [] });
    expect(root.textContent!.length).toBeGreaterThan(20);
  });
});
