import { parseMessage, type ParsedMessage } from "./parse-message";
import type { ParsedEmail } from "./types";

// A notice forwarded inside a forward inside a forward is plausible; more is hostile.
const MAX_FORWARD_DEPTH = 5;

/**
 * Finds the innermost forwarded notice: a `message/rfc822` attachment (parsed with its own
 * headers) or an inline forward in the body. The outermost message becomes `forwarder`.
 */
export async function unwrapForwards(outer: ParsedMessage, problems: string[]): Promise<ParsedEmail> {
  let current = outer;
  let style: ParsedEmail["forwardStyle"] = "none";
  for (let depth = 0; depth < MAX_FORWARD_DEPTH; depth++) {
    const attached = current.attached[0];
    if (!attached) break;
    current = await parseMessage(attached, problems);
    style = "attachment";
  }
  if (style === "none") return { notice: outer.view, forwarder: null, forwardStyle: "none", problems };
  return { notice: current.view, forwarder: { ...outer.view, note: outer.view.text }, forwardStyle: style, problems };
}
