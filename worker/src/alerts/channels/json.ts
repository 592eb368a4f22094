import type { Alert } from "../enqueue";
import { postJson } from "./post";
import type { ChannelSender, SendContext } from "./types";

export const SIGNATURE_HEADER = "X-Certitude-Signature";
export const TIMESTAMP_HEADER = "X-Certitude-Timestamp";

const encoder = new TextEncoder();

/**
 * HMAC-SHA256 over `<timestamp>.<body>`, hex: what a receiver recomputes to trust the payload.
 * The timestamp is signed too, so a captured request cannot be replayed later.
 */
export async function signWebhook(secret: string, timestamp: string, body: string): Promise<string> {
  const key = await crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, [
    "sign",
  ]);
  const mac = await crypto.subtle.sign("HMAC", key, encoder.encode(`${timestamp}.${body}`));
  return [...new Uint8Array(mac)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** The generic JSON payload: every alert with its data, plus the facts each message shows and the link. */
export function jsonBody(alerts: Alert[], context: Pick<SendContext, "accountId" | "now" | "link">): string {
  return JSON.stringify({
    accountId: context.accountId,
    sentAt: context.now.toISOString(),
    alerts: alerts.map((alert) => ({
      id: alert.id,
      type: alert.type,
      certificateId: alert.certificateId,
      title: alert.title,
      message: alert.message,
      data: alert.data,
      createdAt: alert.createdAt,
      link: context.link(alert),
    })),
  });
}

/** A generic JSON webhook, signed with HMAC-SHA256 when a secret is set (the API requires one). */
export const json: ChannelSender = {
  batchSize: 100,
  async send(config, alerts, context) {
    const body = jsonBody(alerts, context);
    const timestamp = String(Math.floor(context.now.getTime() / 1000));
    const headers: Record<string, string> = { [TIMESTAMP_HEADER]: timestamp };
    if (config.secret) headers[SIGNATURE_HEADER] = `v1=${await signWebhook(config.secret, timestamp, body)}`;
    return postJson("json webhook", config.url ?? "", body, context.limits, headers);
  },
};
