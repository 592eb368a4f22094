import { boundedFetch } from "../../outbound/bounded-fetch";
import type { DeliveryOutcome } from "./types";

/** Receivers answer with a short status; anything longer is not read. */
const MAX_ANSWER_BYTES = 64 * 1024;

/**
 * POSTs a JSON body to a channel's endpoint through the Worker's bounded fetch (deadline, byte
 * cap, outbound guard). `label` names the channel in the error ("slack: … answered HTTP 404").
 */
export async function postJson(
  label: string,
  url: string,
  body: unknown,
  timeoutMs: number,
  headers: Record<string, string> = {},
): Promise<DeliveryOutcome> {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  const result = await boundedFetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json", "User-Agent": "Certitude-Alerts/1", ...headers },
    body: new TextEncoder().encode(text),
    timeoutMs,
    maxBytes: MAX_ANSWER_BYTES,
  });
  if (result.ok) return { ok: true, status: result.status };
  return { ok: false, status: result.status ?? null, error: `${label}: ${result.detail}` };
}
