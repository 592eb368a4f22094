// Debian's Firefox ESR with the built add-on installed, driven over WebDriver BiDi by puppeteer-core
// (Playwright cannot bring its own Firefox here).
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import puppeteer, { type Browser, type Page } from "puppeteer-core";

export const FIREFOX_EXTENSION_DIR = path.resolve(import.meta.dirname, "../../../extension/.output/firefox-mv3");
const FIREFOX = process.env.FIREFOX_PATH ?? "/usr/bin/firefox-esr";
const ADDON_ID = "certitude@certitude.dev";
// Firefox gives each add-on a random internal UUID; a fixed one makes its pages addressable.
const ADDON_UUID = "6f1c2d7a-3b8e-4c55-9a0d-8e2f4b7c1d90";

export interface FirefoxWithAddon {
  browser: Browser;
  /** `moz-extension://…/<page>` of the installed add-on. */
  extensionUrl(page: string): string;
  stop(): Promise<void>;
}

/** Launches Firefox ESR with a fresh profile and installs the Firefox MV3 build. */
export async function launchFirefoxWithAddon(): Promise<FirefoxWithAddon> {
  if (!existsSync(FIREFOX)) {
    throw new Error(`No Firefox at ${FIREFOX}: install Debian's (apt-get install firefox-esr) or set FIREFOX_PATH.`);
  }
  // A copy of the build: a rebuild of extension/.output during the run cannot pull files away.
  const addon = mkdtempSync(path.join(tmpdir(), "certitude-e2e-firefox-addon-"));
  cpSync(FIREFOX_EXTENSION_DIR, addon, { recursive: true });
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: FIREFOX,
    headless: true,
    // Firefox 153 lets WebDriver open only web pages unless system access is allowed.
    args: ["--remote-allow-system-access"],
    extraPrefsFirefox: {
      "extensions.webextensions.uuids": JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      // MV3 host permissions granted at install, as Firefox does for a user who installs it.
      "extensions.originControls.grantByDefault": true,
    },
  });
  await browser.installExtension(addon);
  return {
    browser,
    extensionUrl: (page) => `moz-extension://${ADDON_UUID}/${page}`,
    async stop() {
      await browser.close();
      rmSync(addon, { recursive: true, force: true });
    },
  };
}

/**
 * Opens an add-on page. Firefox never reports the navigation to a moz-extension page as finished
 * over BiDi, so the page is ready when `ready` (a selector of its own content) is there.
 */
export async function openAddonPage(page: Page, url: string, ready: string): Promise<void> {
  void page.goto(url).catch(() => undefined);
  await page.waitForSelector(ready, { timeout: 30_000 });
}

/** Answers every request to `origin` with a saved webmail page (and its navigation harness). */
export async function serveWebmailPage(page: Page, origin: string, fixture: string): Promise<void> {
  const fixtures = path.resolve(import.meta.dirname, "../../fixtures/webmail");
  await page.setRequestInterception(true);
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin) return void request.continue();
    const name = url.pathname === "/__fixtures/navigate.js" ? "navigate.js" : fixture;
    const contentType = name.endsWith(".js") ? "text/javascript" : "text/html; charset=utf-8";
    void request.respond({ status: 200, contentType, body: readFileSync(path.join(fixtures, name)) });
  });
}
