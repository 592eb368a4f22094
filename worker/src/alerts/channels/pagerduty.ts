import type { Alert } from "../enqueue";
import { alertFacts, clip } from "./format";
import { postJson } from "./post";
import type { ChannelSender, SendContext } from "./types";

/** PagerDuty Events API v2 endpoint (the EU service uses events.eu.pagerduty.com). */
export const PAGERDUTY_EVENTS_URL = "https://events.pagerduty.com/v2/enqueue";

function severity(alert: Alert): "critical" | "error" | "warning" | "info" {
  if (alert.type === "test" || alert.type === "weekly-digest") return "info";
  const days = alert.data.daysLeft;
  if (alert.type === "certificate-revoked" || (typeof days === "number" && days <= 0)) return "critical";
  if (typeof days === "number" && days <= 7) return "error";
  return "warning";
}

/**
 * One Events v2 "trigger" event. The dedup key is the alert's own, so a retried delivery updates
 * the same PagerDuty alert instead of opening a second incident.
 */
export function pagerDutyEvent(routingKey: string, alert: Alert, context: Pick<SendContext, "link" | "now">) {
  const facts = alertFacts(alert, context.link(alert));
  const details = Object.fromEntries(facts.fields.map((f) => [f.name, f.value]));
  return {
    routing_key: routingKey,
    event_action: "trigger",
    dedup_key: clip(`certitude:${alert.accountId}:${alert.dedupeKey}`, 255),
    payload: {
      summary: clip(facts.title, 1024),
      source: typeof alert.data.commonName === "string" ? alert.data.commonName : "certitude",
      severity: severity(alert),
      timestamp: alert.createdAt,
      component: "tls-certificate",
      class: alert.type,
      custom_details: { message: facts.message, ...details },
    },
    client: "Certitude",
    ...(facts.link ? { links: [{ href: facts.link, text: "Open the certificate" }] } : {}),
  };
}

/** PagerDuty Events API v2: one event per alert (the API takes no batches). */
export const pagerduty: ChannelSender = {
  batchSize: 1,
  async send(config, alerts, context) {
    let last: Awaited<ReturnType<typeof postJson>> = { ok: true, status: null };
    for (const alert of alerts) {
      last = await postJson(
        "pagerduty",
        config.url ?? PAGERDUTY_EVENTS_URL,
        pagerDutyEvent(config.routingKey ?? "", alert, context),
        context.limits,
      );
      if (!last.ok) return last;
    }
    return last;
  },
};
