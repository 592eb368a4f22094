import { addTimelineEvent } from "../db/timeline-events";
import { type DeliveryStatus, listUndelivered, recordDeliveryStatements } from "../db/alerts";
import type { AccountSettings } from "../db/settings";
import type { Env } from "../env";
import { allowsPrivateTargets } from "../outbound/target";
import type { Alert } from "./enqueue";
import { sendAlertEmail } from "./email";
import { DAY_MS } from "./thresholds";
import { type DeliveryOutcome, postWebhook } from "./webhook";

/** Alerts per webhook request or email. */
export const ALERTS_PER_MESSAGE = 100;
/** Failed attempts after which an alert is given up on one channel (recorded as "abandoned"). */
export const MAX_ATTEMPTS = 8;
/** Alerts older than this are not sent to a channel configured after they were raised. */
const DELIVERY_WINDOW_MS = 14 * DAY_MS;

interface Channel {
  name: "webhook" | "email";
  send(alerts: Alert[]): Promise<DeliveryOutcome>;
}

function channelsOf(env: Env, accountId: string, settings: AccountSettings, now: Date): Channel[] {
  const channels: Channel[] = [];
  const webhook = settings.webhook;
  if (webhook) channels.push({ name: "webhook", send: (alerts) => postWebhook(webhook, accountId, alerts, now, allowsPrivateTargets(env)) });
  const to = settings.alertEmail;
  if (to) channels.push({ name: "email", send: (alerts) => sendAlertEmail(env.ALERT_EMAIL, env.ALERT_FROM_ADDRESS, to, alerts, now) });
  return channels;
}

export interface DeliverySummary {
  delivered: number;
  failed: number;
  abandoned: number;
  /** Outbound requests made, so the cron can stay under the subrequest limit. */
  requests: number;
}

/**
 * Sends the account's undelivered alerts (new ones and earlier failures) to each channel, at most
 * `maxRequests` messages in all, and records every attempt. What is left waits for the next run.
 */
export async function deliverAlerts(
  env: Env,
  accountId: string,
  settings: AccountSettings,
  now: Date,
  maxRequests: number,
): Promise<DeliverySummary> {
  const summary: DeliverySummary = { delivered: 0, failed: 0, abandoned: 0, requests: 0 };
  const since = new Date(now.getTime() - DELIVERY_WINDOW_MS).toISOString();
  for (const channel of channelsOf(env, accountId, settings, now)) {
    while (summary.requests < maxRequests) {
      const pending = await listUndelivered(env.DB, accountId, channel.name, since, ALERTS_PER_MESSAGE);
      if (!pending.length) break;
      summary.requests += 1;
      const outcome = await channel.send(pending);
      const at = now.toISOString();
      const byStatus = new Map<DeliveryStatus, string[]>();
      for (const alert of pending) {
        const status = outcome.ok ? "delivered" : alert.attempts + 1 >= MAX_ATTEMPTS ? "abandoned" : "failed";
        summary[status] += 1;
        byStatus.set(status, [...(byStatus.get(status) ?? []), alert.id]);
      }
      const error = outcome.ok ? null : outcome.error;
      const statements = [...byStatus].flatMap(([status, alertIds]) =>
        recordDeliveryStatements(env.DB, { alertIds, channel: channel.name, status, at, error }),
      );
      await env.DB.batch(statements);
      if (!outcome.ok) {
        await recordGivenUp(env.DB, accountId, channel.name, pending, outcome.error, now);
        break;
      }
    }
  }
  return summary;
}

/** An alert that will never arrive must say so where people look: on the timeline. */
async function recordGivenUp(db: D1Database, accountId: string, channel: string, alerts: (Alert & { attempts: number })[], error: string, now: Date) {
  for (const alert of alerts.filter((a) => a.attempts + 1 >= MAX_ATTEMPTS)) {
    await addTimelineEvent(db, {
      accountId,
      certificateId: alert.certificateId,
      occurredAt: now.toISOString(),
      type: "alert-undeliverable",
      summary: `Alert "${alert.title}" could not be delivered by ${channel} after ${MAX_ATTEMPTS} attempts: ${error}`,
      data: { alertId: alert.id, channel, error },
    });
  }
}
