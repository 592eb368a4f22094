import type { LocatedMessage, OpenMessage, WebmailProvider } from "../providers/types";
import { isRendered } from "../providers/page-reading";
import { logOnce } from "./log-once";

/** Waits this long after a mutation before looking: a burst of DOM work becomes one scan. */
export const SCAN_DELAY_MS = 40;

// Only changes that can open, close, expand or hide a message; text edits elsewhere are ignored.
const OBSERVED: MutationObserverInit = {
  childList: true,
  subtree: true,
  attributes: true,
  attributeFilter: ["class", "style", "hidden", "aria-hidden", "aria-expanded", "data-expanded", "src"],
};

export interface WatchHandlers {
  /** A different message is open (or none, with `undefined`): take down what was shown. */
  changed(message: OpenMessage | undefined, located?: LocatedMessage): void;
  /** The same message is open but the provider re-rendered around it: show it again at `anchor`. */
  reanchor(located: LocatedMessage): void;
}

/**
 * Watches a webmail page for the message the user has open, across single-page navigation,
 * messages rendered late and bodies in same-origin frames. The observer callback only sets a
 * timer; the scan runs at most once per {@link SCAN_DELAY_MS}. Returns a function that stops.
 */
export function watchOpenMessage(provider: WebmailProvider, doc: Document, handlers: WatchHandlers): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let currentKey: string | undefined;
  const watchedFrames = new WeakSet<Document>();
  const schedule = () => {
    timer ??= setTimeout(scan, SCAN_DELAY_MS);
  };
  const observer = new MutationObserver(schedule);

  const scan = () => {
    timer = undefined;
    try {
      for (const frame of provider.frames?.(doc) ?? []) {
        if (watchedFrames.has(frame)) continue;
        watchedFrames.add(frame);
        observer.observe(frame, OBSERVED);
      }
      const located = provider.locate(doc);
      if (!located) {
        if (currentKey !== undefined) handlers.changed(undefined);
        currentKey = undefined;
        return;
      }
      if (located.key === currentKey) {
        handlers.reanchor(located);
        return;
      }
      if (!isRendered(located.anchor)) return; // a view hidden by the provider's stylesheet
      const message = provider.read(located);
      if (!message) {
        logOnce(provider.id, "an open message was found but its sender or body could not be read");
        return; // try again on the next change: headers often render after the body
      }
      currentKey = located.key;
      handlers.changed(message, located);
    } catch (error) {
      logOnce(provider.id, "scanning the page failed", error);
    }
  };

  const onEvent = () => schedule();
  observer.observe(doc, OBSERVED);
  const window = doc.defaultView;
  window?.addEventListener("hashchange", onEvent);
  window?.addEventListener("popstate", onEvent);
  doc.addEventListener("load", onEvent, true); // frames finishing their load (Roundcube, Proton)
  scan();
  return () => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
    window?.removeEventListener("hashchange", onEvent);
    window?.removeEventListener("popstate", onEvent);
    doc.removeEventListener("load", onEvent, true);
  };
}
