import type { ContentScriptContext } from "wxt/utils/content-script-context";
import { sessionFetch } from "../providers/source-fetch";
import type { WebmailProvider } from "../providers/types";
import { certificateState } from "./certificate-state";
import { backgroundTxtResolver } from "./dkim-keys";
import { judgeOpenMessage } from "./judge-open-message";
import { logOnce } from "./log-once";
import { whenRecognised } from "./page-check";
import { startOverlay } from "./start-overlay";

/**
 * A content script's whole job: once the page is recognised as the adapter's webmail, run the
 * overlay in the top page until the extension reloads. An unrecognised page is left alone and
 * recorded as paused for the popup.
 */
export function runOverlay(provider: WebmailProvider, ctx: ContentScriptContext): void {
  if (window.top !== window) return; // frames are read from the top document (Roundcube, Proton)
  try {
    const state = certificateState();
    const resolveTxt = backgroundTxtResolver();
    let stopOverlay: (() => void) | undefined;
    const stopWaiting = whenRecognised(provider, document, () => {
      stopOverlay = startOverlay(provider, document, {
        judge: (message, located, certificates) =>
          judgeOpenMessage(provider, message, located, certificates, { fetchPage: sessionFetch, resolveTxt }),
        state,
      });
    });
    ctx.onInvalidated(() => {
      stopWaiting();
      stopOverlay?.();
      state.stop();
    });
  } catch (error) {
    logOnce(provider.id, "the overlay could not start", error);
  }
}
