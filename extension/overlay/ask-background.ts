import { browser } from "wxt/browser";
import type { Answer, Request } from "../utils/messaging/messages";

/**
 * Sends a request to the background, typed by the shared message contract. Content scripts use
 * this rather than `sendRequest`: importing only types keeps the request schemas (and zod) out of
 * the bundle injected into every webmail page; the background validates what arrives.
 */
export async function askBackground<R extends Request>(request: R): Promise<Answer<R["type"]>> {
  try {
    const answer = (await browser.runtime.sendMessage(request)) as Answer<R["type"]> | undefined;
    return answer ?? { ok: false, error: "The extension's background did not answer." };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
