// Debian's Chromium with the built extension loaded, driven by playwright-core.
import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { type BrowserContext, chromium } from "playwright-core";

export const EXTENSION_DIR = path.resolve(import.meta.dirname, "../../../extension/.output/chrome-mv3");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  stop(): Promise<void>;
}

/**
 * Launches Chromium with a fresh profile and the extension; resolves once its service worker runs.
 * `locale` (e.g. "de") sets the browser's UI language, which the extension speaks.
 */
export async function launchWithExtension(locale = "en-US"): Promise<ExtensionBrowser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`No Chromium at ${CHROMIUM}: install Debian's (apt-get install chromium) or set CHROMIUM_PATH.`);
  }
  const profile = mkdtempSync(path.join(tmpdir(), "certitude-e2e-profile-"));
  // A copy of the build: a rebuild of extension/.output during the run cannot pull files away.
  const extension = mkdtempSync(path.join(tmpdir(), "certitude-e2e-extension-"));
  cpSync(EXTENSION_DIR, extension, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    locale,
    env: { ...process.env, LANGUAGE: locale.replace("-", "_"), LANG: `${locale.replace("-", "_")}.UTF-8` },
    args: [
      `--lang=${locale}`,
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker", { timeout: 60_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    async stop() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      rmSync(extension, { recursive: true, force: true });
    },
  };
}
