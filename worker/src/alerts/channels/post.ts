import { boundedFetch, type OutboundLimits } from "../../outbound/bounded-fetch";
import type { DeliveryOutcome } from "./types";

/** Receivers answer with a short status; anything longer is not read. */
const MAX_ANSWER_BYTES = 64 * 1024;

/**
 * POSTs a JSON body to a channel's endpoint through the Worker's bounded fetch (deadline, byte
 * cap, and the outbound guard: https on a public host, each redirect checked). `label` names the
 * channel in the error ("slack: … answered HTTP 404").
 */
export async function postJson(
  label: string,
  url: string,
  body: unknown,
  limits: OutboundLimits,
  headers: Record<string, string> = {},
): Promise<DeliveryOutcome> {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  const result = await boundedFetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json", "User-Agent": "Certitude-Alerts/1", ...headers },
    body: new TextEncoder().encode(text),
    ...limits,
    httpsOnly: true,
    maxBytes: MAX_ANSWER_BYTES,
  });
  if (result.ok) return { ok: true, status: result.status };
  return { ok: false, status: result.status ?? null, error: `${label}: ${result.detail}` };
}
