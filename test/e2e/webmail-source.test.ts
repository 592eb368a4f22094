// End to end: the overlay reads the opened notice's own source under the provider's real address
// and judges it like the Worker does. A forged notice that looks genuine on the page is flagged,
// a genuine one is verified, an unreadable source leaves the sender unverified, and a page the
// adapter does not recognise pauses the overlay, which the popup says.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Frame, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ExtensionBrowser, launchWithExtension } from "./support/browser";
import { serveWithSource, type SourceSite } from "./support/webmail-sources";
import { api, createAccount, freePort, type LocalWorker, startWorker } from "../../scripts/local-worker";

const root = path.resolve(import.meta.dirname, "../..");
const inventory = JSON.parse(readFileSync(path.join(root, "test/fixtures/inventory.json"), "utf8"));

interface Webmail {
  provider: string;
  name: string;
  url: string;
  fixture: string;
}
const WEBMAILS: Webmail[] = [
  {
    provider: "gmail",
    name: "Gmail",
    url: "https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWvrZbNtkfmKBqdFhZlmWSdJ",
    fixture: "gmail.html",
  },
  {
    provider: "fastmail",
    name: "Fastmail",
    url: "https://app.fastmail.com/mail/Inbox/T4b1f09e2c6d8a7f3.M4b1f09e2c6d8a7f31b5e2d90",
    fixture: "fastmail.html",
  },
  {
    provider: "yahoo",
    name: "Yahoo Mail",
    url: "https://mail.yahoo.com/d/folders/1/messages/AJ4mR9kh1vzlZVvWQAGYu7fmdG0",
    fixture: "yahoo.html",
  },
];
const OUTLOOK: Webmail = {
  provider: "outlook",
  name: "Outlook on the web",
  fixture: "outlook.html",
  url: "https://outlook.office.com/mail/inbox/id/AAQkADAwATM3ZmYAZS05ZjE0LTRhYjUtMDACLTAwCgAQAKtYoB8kKU5Oh0c6NEm3o1I%3D",
};

let worker: LocalWorker;
let browser: ExtensionBrowser;
let token: string;
const sites: Record<string, SourceSite> = {};
let roundcubeAddress: string;

/** The banner's verdict attributes, once it is there. */
async function banner(page: Page | Frame) {
  const host = page.locator("certitude-banner");
  await host.first().waitFor({ state: "attached", timeout: 15_000 });
  expect(await host.count()).toBe(1);
  const [kind, spoofed, sender] = await Promise.all(
    ["data-kind", "data-spoofed", "data-sender"].map((a) => host.getAttribute(a)),
  );
  const buttons = await host.getByRole("button").allTextContents();
  return { kind, spoofed, sender, reply: buttons.includes("Copy reply") };
}

beforeAll(async () => {
  worker = await startWorker();
  token = await createAccount(worker, "Kestrel Logistics BV");
  await api(worker, token, "/api/certificates/import", { method: "POST", body: JSON.stringify(inventory) });
  browser = await launchWithExtension();
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html#connection`);
  await options.getByLabel("Worker URL").fill(worker.url);
  await options.getByLabel("API token").fill(token);
  await options.getByRole("button", { name: "Connect" }).click();
  await options
    .getByText(`${inventory.certificates.length} of ${inventory.certificates.length} certificates`)
    .waitFor({ timeout: 30_000 });

  // A self-hosted Roundcube, added in the dashboard as a person would.
  const origin = `http://localhost:${await freePort()}`;
  sites.roundcube = await serveWithSource(browser.context, "roundcube", origin, "roundcube.html", (url) =>
    url.searchParams.get("_action") === "preview" ? `roundcube-preview-${url.searchParams.get("_uid")}.html` : null,
  );
  roundcubeAddress = `${origin}/roundcube/?_task=mail&_mbox=INBOX`;
  await options.goto(`chrome-extension://${browser.extensionId}/options.html#roundcube`);
  await options.getByLabel("Roundcube URL").fill(`${origin}/roundcube/`);
  await options.getByRole("button", { name: "Add" }).click();
  await options.getByText(`Certitude now runs on ${origin}`).waitFor({ timeout: 10_000 });
  await options.close();

  for (const webmail of [...WEBMAILS, OUTLOOK]) {
    sites[webmail.provider] = await serveWithSource(
      browser.context,
      webmail.provider,
      new URL(webmail.url).origin,
      webmail.fixture,
    );
  }
});

afterAll(async () => {
  await browser?.stop();
  await worker?.stop();
});

/** Opens the provider's page with the PSW GROUP payment notice open; Roundcube's is in its preview frame. */
async function openNotice(provider: string): Promise<{ page: Page; view: Page | Frame }> {
  const page = await browser.context.newPage();
  if (provider !== "roundcube") {
    await page.goto(WEBMAILS.find((w) => w.provider === provider)?.url ?? OUTLOOK.url);
    return { page, view: page };
  }
  await page.goto(roundcubeAddress);
  await page
    .frameLocator("#messagecontframe")
    .locator("certitude-banner")
    .waitFor({ state: "attached", timeout: 15_000 });
  return { page, view: page.frame({ name: "messagecontframe" })! };
}

describe("webmail overlay reads the opened notice's source", () => {
  for (const provider of ["gmail", "roundcube", "fastmail", "yahoo"]) {
    it(`${provider}: flags a notice the receiver marked dmarc=fail though the page shows PSW GROUP's own address`, async () => {
      sites[provider].source = "psw-payment-forged.eml";
      sites[provider].asked = [];
      const { page, view } = await openNotice(provider);
      expect(await banner(view)).toEqual({ kind: "payment", spoofed: "true", sender: "forged", reply: false });
      expect(sites[provider].asked.length).toBeGreaterThan(0);
      await page.close();
    });

    it(`${provider}: verifies the genuine notice from its source and offers the reply`, async () => {
      sites[provider].source = "psw-payment-genuine.eml";
      const { page, view } = await openNotice(provider);
      expect(await banner(view)).toEqual({ kind: "payment", spoofed: "false", sender: "verified", reply: true });
      await page.close();
    });
  }

  it("says 'not verified' and offers no reply when the source cannot be read (Gmail signed out of Show original; Outlook)", async () => {
    sites.gmail.source = null;
    for (const provider of ["gmail", "outlook"]) {
      const { page, view } = await openNotice(provider);
      expect(await banner(view)).toEqual({ kind: "payment", spoofed: "false", sender: "unverified", reply: false });
      expect(await view.locator("certitude-banner").textContent()).toBe(""); // words live in the shadow root
      await page.close();
    }
    expect(sites.outlook.asked).toEqual([]);
  });

  it("saves the source itself to the timeline, so the Worker judges the very same mail", async () => {
    sites.gmail.source = "psw-payment-forged.eml";
    const { page, view } = await openNotice("gmail");
    await banner(view);
    const host = view.locator("certitude-banner");
    await host.getByRole("button", { name: "Save to timeline" }).click();
    await host.getByText("Saved to the timeline.").waitFor();
    const { notices } = await api<{ notices: { subject: string; spoofed: boolean; source: string }[] }>(
      worker,
      token,
      "/api/notices",
    );
    expect(notices[0]).toMatchObject({
      subject: "Payment not accepted – SSL certificate kestrel-logistik.de revoked",
      spoofed: true,
      source: "api",
    });
    await page.close();
  });

  it("pauses on a page the adapter does not recognise, and the popup names the provider", async () => {
    const pages: Page[] = [];
    for (const webmail of [...WEBMAILS, OUTLOOK]) {
      sites[webmail.provider].page = "unrecognised";
      const page = await browser.context.newPage();
      await page.goto(webmail.url);
      pages.push(page);
    }
    const popup = await browser.context.newPage();
    for (const webmail of [...WEBMAILS, OUTLOOK]) {
      const line = `${webmail.name}: page not recognised, overlay paused`;
      await expect
        .poll(
          async () => {
            await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
            return popup.getByText(line).count();
          },
          { timeout: 30_000, interval: 1000 },
        )
        .toBe(1);
    }
    for (const page of pages) expect(await page.locator("certitude-banner").count()).toBe(0);

    // The provider's own page again: the overlay runs, and the popup no longer names it.
    sites.gmail.page = "saved";
    sites.gmail.source = "psw-payment-genuine.eml";
    const again = await browser.context.newPage();
    await again.goto(WEBMAILS[0].url);
    expect((await banner(again)).sender).toBe("verified");
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.getByText("Yahoo Mail: page not recognised, overlay paused").waitFor();
    expect(await popup.getByText("Gmail: page not recognised, overlay paused").count()).toBe(0);
    for (const page of [...pages, again, popup]) await page.close();
  });
});
