import type { ContentScriptContext } from "wxt/utils/content-script-context";
import type { WebmailProvider } from "../providers/types";
import { assessLocally } from "./assess-locally";
import { certificateState } from "./certificate-state";
import { logOnce } from "./log-once";
import { startOverlay } from "./start-overlay";

/** A content script's whole job: run the overlay in the top page until the extension reloads. */
export function runOverlay(provider: WebmailProvider, ctx: ContentScriptContext): void {
  if (window.top !== window) return; // frames are read from the top document (Roundcube, Proton)
  try {
    const state = certificateState();
    const stop = startOverlay(provider, document, { assess: assessLocally, state });
    ctx.onInvalidated(() => {
      stop();
      state.stop();
    });
  } catch (error) {
    logOnce(provider.id, "the overlay could not start", error);
  }
}
