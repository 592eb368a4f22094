import { addTimelineEvent } from "../db/timeline-events";
import { type DeliveryStatus, listUndelivered, recordDeliveryStatements } from "../db/alerts";
import type { AccountSettings } from "../db/settings";
import type { Env } from "../env";
import { SENDERS, sendContext } from "./channels";
import type { Alert } from "./enqueue";
import { DAY_MS } from "./thresholds";

/** Failed attempts after which an alert is given up on one channel (recorded as "abandoned"). */
export const MAX_ATTEMPTS = 8;
/** Alerts older than this are not sent to a channel configured after they were raised. */
const DELIVERY_WINDOW_MS = 14 * DAY_MS;

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
  const context = sendContext(env, accountId, now);
  for (const channel of settings.channels.filter((c) => c.enabled)) {
    const sender = SENDERS[channel.type];
    while (summary.requests < maxRequests) {
      const pending = await listUndelivered(env.DB, accountId, channel.id, since, sender.batchSize);
      if (!pending.length) break;
      summary.requests += sender.batchSize === 1 ? pending.length : 1;
      const outcome = await sender.send(channel, pending, context);
      const at = now.toISOString();
      const byStatus = new Map<DeliveryStatus, string[]>();
      for (const alert of pending) {
        const status = outcome.ok ? "delivered" : alert.attempts + 1 >= MAX_ATTEMPTS ? "abandoned" : "failed";
        summary[status] += 1;
        byStatus.set(status, [...(byStatus.get(status) ?? []), alert.id]);
      }
      const error = outcome.ok ? null : outcome.error;
      const statements = [...byStatus].flatMap(([status, alertIds]) =>
        recordDeliveryStatements(env.DB, { alertIds, channel: channel.id, status, at, error }),
      );
      await env.DB.batch(statements);
      if (!outcome.ok) {
        await recordGivenUp(env.DB, accountId, channel.id, pending, outcome.error, now);
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
