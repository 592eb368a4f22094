// End to end in Firefox: the Firefox MV3 build in Debian's Firefox ESR against a real Worker with a
// fresh D1 — connected from its dashboard, its popup, and a misleading notice flagged in Gmail.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FirefoxWithAddon, launchFirefoxWithAddon, openAddonPage, serveWebmailPage } from "./support/firefox";
import { WEBMAIL_PAGES } from "./support/webmail-pages";
import { api, createAccount, type LocalWorker, startWorker } from "../../scripts/local-worker";

const root = path.resolve(import.meta.dirname, "../..");
const inventory = JSON.parse(readFileSync(path.join(root, "test/fixtures/inventory.json"), "utf8"));
const total = inventory.certificates.length;

let worker: LocalWorker;
let firefox: FirefoxWithAddon;
let token: string;
const idOf: Record<string, string> = {};

/** The page's text once `text` is part of it. */
async function waitForText(page: Page, text: string): Promise<void> {
  await page.waitForFunction((wanted: string) => document.body.innerText.includes(wanted), { timeout: 30_000 }, text);
}

beforeAll(async () => {
  worker = await startWorker();
  token = await createAccount(worker, "Kestrel Logistics BV");
  await api(worker, token, "/api/certificates/import", { method: "POST", body: JSON.stringify(inventory) });
  const { certificates } = await api<{ certificates: { id: string; externalId: string | null }[] }>(
    worker,
    token,
    "/api/certificates?limit=100",
  );
  for (const certificate of certificates) if (certificate.externalId) idOf[certificate.externalId] = certificate.id;
  firefox = await launchFirefoxWithAddon();
});

afterAll(async () => {
  await firefox?.stop();
  await worker?.stop();
});

describe("the add-on in Firefox ESR", () => {
  it("connects to the Worker from its dashboard and lists the certificates", async () => {
    const page = await firefox.browser.newPage();
    await openAddonPage(page, firefox.extensionUrl("options.html#connection"), "#worker-url");
    await page.type("#worker-url", worker.url);
    await page.type("#api-token", token);
    await page.click("button[type=submit]");
    await waitForText(page, `${total} of ${total} certificates`);
    await page.close();
  });

  it("shows what needs action in its popup", async () => {
    const page = await firefox.browser.newPage();
    await openAddonPage(page, firefox.extensionUrl("popup.html"), ".tiles");
    const urgent = await page.$$eval("ol.urgent .domain", (cells) => cells.map((cell) => cell.textContent));
    expect(urgent.length).toBeGreaterThan(0);
    const domains = inventory.certificates.map((certificate: { commonName: string }) => certificate.commonName);
    for (const domain of urgent) expect(domains).toContain(domain);
    await page.close();
  });

  it("flags Gmail's misleading payment notice for a let-lapse certificate", async () => {
    const gmail = WEBMAIL_PAGES[0];
    const page = await firefox.browser.newPage();
    await serveWebmailPage(page, new URL(gmail.url).origin, gmail.fixture);
    await page.goto(gmail.url);
    const banner = await page.waitForSelector("certitude-banner", { timeout: 30_000 });
    const attributes = await banner!.evaluate((host) => ({
      kind: host.getAttribute("data-kind"),
      misleading: host.getAttribute("data-misleading"),
      spoofed: host.getAttribute("data-spoofed"),
      certificate: host.getAttribute("data-certificate"),
    }));
    expect(attributes).toEqual({ kind: "payment", misleading: "true", spoofed: "false", certificate: idOf.k03 });
    await page.close();
  });
});
