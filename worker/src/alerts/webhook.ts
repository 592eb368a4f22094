import { guardedFetch } from "../outbound/guarded-fetch";
import type { Alert } from "./enqueue";

/** Outcome of one delivery attempt; `error` says what went wrong in words for the delivery record. */
export type DeliveryOutcome = { ok: true } | { ok: false; error: string };

export const SIGNATURE_HEADER = "X-Certitude-Signature";
export const TIMESTAMP_HEADER = "X-Certitude-Timestamp";
const TIMEOUT_MS = 10_000;

const encoder = new TextEncoder();

/**
 * HMAC-SHA256 over `<timestamp>.<body>`, hex: what a receiver recomputes to trust the payload.
 * The timestamp is signed too, so a captured request cannot be replayed later.
 */
export async function signWebhook(secret: string, timestamp: string, body: string): Promise<string> {
  const key = await crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const mac = await crypto.subtle.sign("HMAC", key, encoder.encode(`${timestamp}.${body}`));
  return [...new Uint8Array(mac)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** Slack mrkdwn treats &, < and > as markup; vendor text must stay text. */
function slackEscape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function slackBody(alerts: Alert[]): string {
  const text = alerts.map((a) => `*${slackEscape(a.title)}*\n${slackEscape(a.message)}`).join("\n\n");
  return JSON.stringify({ text });
}

export function jsonBody(accountId: string, alerts: Alert[], now: Date): string {
  return JSON.stringify({
    accountId,
    sentAt: now.toISOString(),
    alerts: alerts.map(({ id, type, certificateId, title, message, data, createdAt }) => ({
      id,
      type,
      certificateId,
      title,
      message,
      data,
      createdAt,
    })),
  });
}

/**
 * Posts alerts to the account's webhook: Slack-compatible `{text}` or signed generic JSON.
 * The URL was checked when it was saved and is checked again here (https, public target, each
 * redirect), since the rules or the configuration may have changed since.
 */
export async function postWebhook(
  webhook: { url: string; format: "json" | "slack"; secret: string | null },
  accountId: string,
  alerts: Alert[],
  now: Date,
  allowPrivate: boolean,
): Promise<DeliveryOutcome> {
  const headers: Record<string, string> = { "Content-Type": "application/json", "User-Agent": "Certitude-Alerts/1" };
  let body: string;
  if (webhook.format === "slack") {
    body = slackBody(alerts);
  } else {
    body = jsonBody(accountId, alerts, now);
    const timestamp = String(Math.floor(now.getTime() / 1000));
    headers[TIMESTAMP_HEADER] = timestamp;
    if (webhook.secret) headers[SIGNATURE_HEADER] = `v1=${await signWebhook(webhook.secret, timestamp, body)}`;
  }
  try {
    const signal = AbortSignal.timeout(TIMEOUT_MS);
    const answer = await guardedFetch(webhook.url, { method: "POST", headers, body, signal }, { allowPrivate, httpsOnly: true });
    if (!answer.ok) return { ok: false, error: `webhook refused: ${answer.reason}` };
    await answer.response.body?.cancel();
    return answer.response.ok ? { ok: true } : { ok: false, error: `webhook answered HTTP ${answer.response.status}` };
  } catch (error) {
    // One sentence for every connection failure, so that it tells nothing about the host's ports.
    const timedOut = error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
    return { ok: false, error: timedOut ? `webhook did not answer within ${TIMEOUT_MS / 1000} s` : "webhook could not be reached" };
  }
}

