// End to end: a real Worker with a fresh D1, the built extension in Debian's Chromium, connected
// through its dashboard, and the saved webmail pages served under the providers' real addresses.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Frame, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ExtensionBrowser, launchWithExtension } from "./support/browser";
import { serveRoundcube, serveWebmail, WEBMAIL_PAGES } from "./support/webmail-pages";
import { api, createAccount, freePort, type LocalWorker, startWorker } from "../../scripts/local-worker";

const root = path.resolve(import.meta.dirname, "../..");
const inventory = JSON.parse(readFileSync(path.join(root, "test/fixtures/inventory.json"), "utf8"));
/** Set by `npm run screenshots`: where to keep the pictures the README shows. */
const screenshots = process.env.CERTITUDE_SCREENSHOTS;

interface Certificate {
  id: string;
  externalId: string | null;
  intent: string;
}

let worker: LocalWorker;
let browser: ExtensionBrowser;
let token: string;
/** Inventory ids (k01…) to the Worker's certificate ids. */
const idOf: Record<string, string> = {};

async function banner(page: Page | Frame) {
  const host = page.locator("certitude-banner");
  await host.first().waitFor({ state: "attached", timeout: 10_000 });
  expect(await host.count()).toBe(1);
  return {
    kind: await host.getAttribute("data-kind"),
    misleading: await host.getAttribute("data-misleading"),
    spoofed: await host.getAttribute("data-spoofed"),
    certificate: await host.getAttribute("data-certificate"),
  };
}

/** Clicks a list row; the fixture renders the message 1 s later, like a real client fetching it. */
async function openRow(page: Page, template: string) {
  await page.locator(`[data-open="${template}"]`).click();
  await page.locator("certitude-banner").waitFor({ state: "detached" });
}

beforeAll(async () => {
  worker = await startWorker();
  token = await createAccount(worker, "Kestrel Logistics BV");
  await api(worker, token, "/api/certificates/import", { method: "POST", body: JSON.stringify(inventory) });
  const { certificates } = await api<{ certificates: Certificate[] }>(worker, token, "/api/certificates?limit=100");
  for (const certificate of certificates) if (certificate.externalId) idOf[certificate.externalId] = certificate.id;
  expect(Object.keys(idOf)).toHaveLength(inventory.certificates.length);

  browser = await launchWithExtension();
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html#connection`);
  await options.getByLabel("Worker URL").fill(worker.url);
  await options.getByLabel("API token").fill(token);
  await options.getByRole("button", { name: "Connect" }).click();
  // Connected: the dashboard opens the certificate list, filled from the Worker.
  await options
    .getByText(`${inventory.certificates.length} of ${inventory.certificates.length} certificates`)
    .waitFor({ timeout: 30_000 });
  if (screenshots) {
    await options.screenshot({ path: path.join(root, screenshots, "dashboard.png") });
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 380, height: 560 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    // Its numbers are in, and the refresh it starts on opening has finished.
    await popup.locator(".tiles").waitFor();
    await popup.getByRole("button", { name: "Refresh", disabled: false }).waitFor();
    await popup.screenshot({ path: path.join(root, screenshots, "popup.png") });
    await popup.close();
  }
  await options.close();
  for (const page of WEBMAIL_PAGES) await serveWebmail(browser.context, page);
});

afterAll(async () => {
  await browser?.stop();
  await worker?.stop();
});

describe("webmail overlay in Chromium", () => {
  it("flags Gmail's payment notice for a let-lapse certificate, clears for an honest reminder, stays out of a colleague's note", async () => {
    const page = await browser.context.newPage();
    await page.goto(WEBMAIL_PAGES[0].url);
    expect(await banner(page)).toEqual({
      kind: "payment",
      misleading: "true",
      spoofed: "false",
      certificate: idOf.k03,
    });
    if (screenshots) await page.screenshot({ path: path.join(root, screenshots, "gmail-flagged.png") });

    await openRow(page, "msg-digicert");
    expect(await banner(page)).toEqual({
      kind: "expiry",
      misleading: "false",
      spoofed: "false",
      certificate: idOf.k01,
    });

    await openRow(page, "msg-lunch");
    // The overlay marks a body once it has judged it: no banner is a verdict, not a "not yet".
    await page.locator('[data-certitude-assessed="none"]', { hasText: "the movers arrive at eight" }).waitFor();
    expect(await page.locator("certitude-banner").count()).toBe(0);
    await page.close();
  });

  for (const webmail of WEBMAIL_PAGES.slice(1)) {
    it(`reads ${webmail.provider}'s open message and follows it to the next`, async () => {
      const page = await browser.context.newPage();
      await page.goto(webmail.url);
      expect(await banner(page)).toEqual({
        kind: "payment",
        misleading: "true",
        spoofed: "false",
        certificate: idOf.k03,
      });
      await openRow(page, "msg-digicert");
      expect(await banner(page)).toEqual({
        kind: "expiry",
        misleading: "false",
        spoofed: "false",
        certificate: idOf.k01,
      });
      await page.close();
    });
  }

  it("runs on a self-hosted Roundcube added in the dashboard, inside its preview frame", async () => {
    const origin = `http://localhost:${await freePort()}`;
    const address = await serveRoundcube(browser.context, origin);
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html#roundcube`);
    await options.getByLabel("Roundcube URL").fill(`${origin}/roundcube/`);
    await options.getByRole("button", { name: "Add" }).click();
    await options.getByText(`Certitude now runs on ${origin}`).waitFor({ timeout: 10_000 });
    await options.close();

    const page = await browser.context.newPage();
    await page.goto(address);
    const preview = page.frameLocator("#messagecontframe");
    await preview.locator("certitude-banner").waitFor({ state: "attached", timeout: 10_000 });
    const frame = page.frame({ name: "messagecontframe" })!;
    expect(await banner(frame)).toEqual({
      kind: "payment",
      misleading: "true",
      spoofed: "false",
      certificate: idOf.k03,
    });
    await page.close();
  });

  it("saves the open notice to the timeline only when asked", async () => {
    const before = await api<{ notices: unknown[] }>(worker, token, "/api/notices");
    const page = await browser.context.newPage();
    await page.goto(WEBMAIL_PAGES[0].url);
    await banner(page);
    expect((await api<{ notices: unknown[] }>(worker, token, "/api/notices")).notices).toHaveLength(
      before.notices.length,
    );
    await page.locator("certitude-banner").getByRole("button", { name: "Save to timeline" }).click();
    await page.locator("certitude-banner").getByText("Saved to the timeline.").waitFor();
    const after = await api<{ notices: { subject: string }[] }>(worker, token, "/api/notices");
    expect(after.notices.map((notice) => notice.subject)).toContain(
      "Payment not accepted – SSL certificate kestrel-logistik.de revoked",
    );
    await page.close();
  });

  it("lets the certificate lapse from the banner after confirmation", async () => {
    const page = await browser.context.newPage();
    await page.goto(WEBMAIL_PAGES[0].url);
    await banner(page);
    await openRow(page, "msg-digicert");
    await banner(page);
    const host = page.locator("certitude-banner");
    await host.getByRole("button", { name: "Let this certificate lapse" }).click();
    await host.getByText("Let www.kestrel-logistics.com lapse?").waitFor();
    await host.getByRole("button", { name: "Yes, let it lapse" }).click();
    await host.getByText("Recorded: www.kestrel-logistics.com will lapse.").waitFor();
    const { certificate } = await api<{ certificate: Certificate }>(worker, token, `/api/certificates/${idOf.k01}`);
    expect(certificate.intent).toBe("let-lapse");
    await page.close();
  });
});
