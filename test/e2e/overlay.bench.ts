// `npm run bench:overlay`: the overlay's cost on a Gmail inbox of 500 rows, in real Chromium with
// the built extension. Prints how long the banner takes to appear after a message renders, and
// what each mutation batch costs the content script while the user works in the inbox.
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import setupBuild from "./support/build-extension";
import { EXTENSION_DIR, launchWithExtension } from "./support/browser";

const root = path.resolve(import.meta.dirname, "../..");
const fixture = readFileSync(path.join(root, "test/fixtures/webmail/gmail.html"), "utf8");
const inventory = JSON.parse(readFileSync(path.join(root, "test/fixtures/inventory.json"), "utf8"));
const ROWS = 500;
const OPENINGS = 20;
const BATCHES = 300;

/** The saved Gmail page with its inbox grown to 500 rows and timing switched on. */
function benchPage(): string {
  const rows = Array.from({ length: ROWS }, (_, i) => {
    const sender = ["DigiCert", "Sectigo", "GlobalSign", "Marta Oliveira", "IT Service Desk"][i % 5];
    return `<tr class="zA ${i % 3 ? "yO" : "zE"}" role="row" tabindex="-1"><td class="oZ-x3 xY aid"><div class="oZ-jc T-Jo J-J5-Ji" role="checkbox"></div></td><td class="yX xY"><div class="yW"><span class="bA4"><span class="yP" email="sender${i}@example.com" name="${sender}">${sender}</span></span></div></td><td class="xY a4W"><div class="xS"><div class="y6"><span class="bog"><span>Message ${i}: status update</span></span></div><span class="y2"> - Row ${i} snippet text …</span></div></td><td class="xW xY"><span title="Mon, Nov 2, 2026, 7:00 AM"><span>Nov 2</span></span></td></tr>`;
  }).join("");
  return fixture
    .replace("<html ", '<html data-certitude-timing="" ')
    .replace(/(<table class="F cf zt"[\s\S]*?<tbody>)/, `$1${rows}`);
}

const stats = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  const mean = values.reduce((sum, v) => sum + v, 0) / (values.length || 1);
  return `n=${values.length} median ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms, max ${(sorted.at(-1) ?? 0).toFixed(2)} ms, mean ${mean.toFixed(2)} ms`;
};

await setupBuild();
const browser = await launchWithExtension();
try {
  // The certificates as the background caches them after a refresh; no Worker is needed here.
  const worker = browser.context.serviceWorkers()[0];
  type ExtensionGlobal = { chrome: { storage: { local: { set(items: object): Promise<void> } } } };
  await worker.evaluate(async (certificates) => {
    const { chrome } = globalThis as unknown as ExtensionGlobal;
    await chrome.storage.local.set({ certificateCache: { certificates, fetchedAt: new Date().toISOString() } });
  }, inventory.certificates);

  await browser.context.route("https://mail.google.com/**", (route) =>
    route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: benchPage() }),
  );
  const page = await browser.context.newPage();
  // tsx names inner functions with a `__name` helper that the page does not have.
  await page.addInitScript({ content: "window.__name = (f) => f;" });
  await page.goto("https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWvrZbNtkfmKBqdFhZlmWSdJ");
  await page.locator("certitude-banner").waitFor({ state: "attached" });
  const rowCount = await page.locator("tr.zA").count();

  // 1. From a message rendering to its banner: the reading view is emptied, then filled at t0.
  const latencies: number[] = await page.evaluate(async (openings) => {
    const view = document.querySelector("[data-view]")!;
    const saved = document.createElement("template");
    saved.innerHTML = view.innerHTML;
    saved.content.querySelector("certitude-banner")?.remove(); // the copy is of the page before the overlay
    const templates = [saved, document.getElementById("msg-digicert") as HTMLTemplateElement];
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const results: number[] = [];
    for (let i = 0; i < openings; i++) {
      view.replaceChildren();
      await sleep(300);
      const appeared = new Promise<number>((resolve) => {
        const observer = new MutationObserver(() => {
          if (!document.querySelector("certitude-banner")) return;
          observer.disconnect();
          resolve(performance.now());
        });
        observer.observe(document, { childList: true, subtree: true });
      });
      const t0 = performance.now();
      view.replaceChildren(templates[i % 2].content.cloneNode(true));
      results.push((await appeared) - t0);
    }
    return results;
  }, OPENINGS);

  // 2. Inbox churn with a message open: new mail on top, the oldest row gone, read state toggled.
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send("Performance.enable");
  const scriptTime = async () =>
    ((await cdp.send("Performance.getMetrics")).metrics.find((m) => m.name === "ScriptDuration")?.value ?? 0) * 1000;
  await page.evaluate(() => performance.clearMeasures());
  const before = await scriptTime();
  const pageOwn: number = await page.evaluate(async (batches) => {
    const tbody = document.querySelector("table.F tbody")!;
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    let own = 0;
    for (let i = 0; i < batches; i++) {
      const start = performance.now();
      const row = tbody.lastElementChild!.cloneNode(true) as HTMLElement;
      row.querySelector(".bog span")!.textContent = `New message ${i}`;
      tbody.insertBefore(row, tbody.firstChild);
      tbody.lastElementChild!.remove();
      tbody.children[(i * 7) % tbody.children.length].classList.toggle("zE");
      own += performance.now() - start;
      await sleep(i % 10 === 0 ? 60 : 5); // bursts, and pauses long enough for a scan
    }
    await sleep(200);
    return own;
  }, BATCHES);
  const total = (await scriptTime()) - before;
  const measures = await page.evaluate(() =>
    ["certitude:observe", "certitude:scan"].map((name) => performance.getEntriesByName(name, "measure").map((e) => e.duration)),
  );
  const [observe, scans] = measures;
  const perBatch = observe.length ? (observe.reduce((a, b) => a + b, 0) + scans.reduce((a, b) => a + b, 0)) / BATCHES : NaN;

  const size = statSync(path.join(EXTENSION_DIR, "content-scripts/gmail.js")).size;
  console.log(`Overlay benchmark — Gmail page, ${rowCount} inbox rows, Chromium ${browser.context.browser()?.version() ?? ""}`);
  console.log(`  banner after message renders: ${stats(latencies)} (target ≤ 150 ms)`);
  console.log(`  observer callback per mutation batch: ${stats(observe)}`);
  console.log(`  scan (debounced, ${scans.length} for ${BATCHES} batches): ${stats(scans)}`);
  console.log(`  overlay script time per batch (callback + scans / batches): ${perBatch.toFixed(3)} ms (target ≤ 2 ms)`);
  console.log(`  all script time during churn (page + overlay, CDP ScriptDuration): ${total.toFixed(1)} ms; the page's own mutations: ${pageOwn.toFixed(1)} ms`);
  console.log(`  content script size: ${(size / 1024).toFixed(1)} kB (gmail.js)`);
  const slow = scans.map((d, i) => [d, i] as const).sort((a, b) => b[0] - a[0]).slice(0, 5);
  console.log(`  slowest scans (duration ms @ index): ${slow.map(([d, i]) => `${d.toFixed(1)}@${i}`).join(", ")}`);
  console.log(`  banner latencies in order: ${latencies.map((d) => d.toFixed(0)).join(", ")} ms`);
  // Wall-clock timings include the time the OS gives other processes; on a loaded machine single
  // batches stretch, so the verdict is on the 95th percentile and the maximum is printed beside it.
  const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(0.95 * (values.length - 1))] ?? 0;
  const batchesOk = p95([...observe, ...scans]) <= 2;
  const latencyOk = p95(latencies) <= 150;
  console.log(`  verdict: banner ≤ 150 ms ${latencyOk ? "met" : "MISSED"} (p95); batch ≤ 2 ms ${batchesOk ? "met" : "MISSED"} (p95)`);
  if (!batchesOk || !latencyOk) process.exitCode = 1;
} finally {
  await browser.stop();
}
