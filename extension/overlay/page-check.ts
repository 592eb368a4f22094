import type { WebmailProvider } from "../providers/types";
import { providerStatusItem, type ProviderStatus } from "../utils/storage/storage";

/** How long a page may take to render its mailbox before the adapter calls it unrecognised. */
const RECOGNISE_WITHIN_MS = 10_000;

/** Whether the page shows the mailbox the adapter knows (its list or a message). */
export function recognises(provider: WebmailProvider, doc: Document): boolean {
  try {
    return !provider.pageMarker || doc.querySelector(provider.pageMarker) !== null;
  } catch {
    return false; // a selector the engine rejects recognises nothing
  }
}

/** Records the adapter's state for the popup; a storage failure must not reach the page. */
async function recordStatus(
  provider: WebmailProvider,
  state: ProviderStatus["state"],
  now = new Date(),
): Promise<void> {
  try {
    const all = await providerStatusItem.getValue();
    if (all[provider.id]?.state === state && state === "active") return; // nothing new to say
    await providerStatusItem.setValue({
      ...all,
      [provider.id]: { name: provider.name, state, checkedAt: now.toISOString() },
    });
  } catch (error) {
    console.info(`[Certitude] ${provider.id}: the page state could not be stored`, error);
  }
}

/**
 * Waits for the page to show what the adapter knows, then calls `start`. A page that has not
 * within {@link RECOGNISE_WITHIN_MS} is recorded as paused (the popup says so) and watched on: if
 * it is recognised later, the overlay starts then. Returns a function that stops waiting.
 */
export function whenRecognised(
  provider: WebmailProvider,
  doc: Document,
  start: () => void,
  waitMs = RECOGNISE_WITHIN_MS,
): () => void {
  let done = false;
  let observer: MutationObserver | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    done = true;
    observer?.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  };
  const check = () => {
    if (done || !recognises(provider, doc)) return false;
    stop();
    void recordStatus(provider, "active");
    start();
    return true;
  };
  if (check()) return stop;
  observer = new MutationObserver(() => void check());
  observer.observe(doc, { childList: true, subtree: true });
  timer = setTimeout(() => {
    if (!done) void recordStatus(provider, "paused");
  }, waitMs);
  return stop;
}
