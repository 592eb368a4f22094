import { DEFAULT_DOH_URL, dohTxtResolver } from "../../shared/dkim/doh";
import type { TxtResolver } from "../../shared/dkim/types";
import { askBackground } from "./ask-background";

/**
 * DKIM key lookups for the content script: the background fetches the DNS-over-HTTPS answer
 * (`dns-txt`), and the shared resolver reads it exactly as the Worker's does.
 */
export function backgroundTxtResolver(): TxtResolver {
  return dohTxtResolver(async (url) => {
    const name = new URL(url).searchParams.get("name") ?? "";
    const answer = await askBackground({ type: "dns-txt", name });
    if (!answer.ok) throw new Error(answer.error);
    return answer.answer;
  }, DEFAULT_DOH_URL);
}
