import { listDeliveryStates, listPendingAlerts, listUndispatched, recordDeliveryStatements } from "../db/alerts";
import { getSettings, type AccountSettings } from "../db/settings";
import { addTimelineEvent } from "../db/timeline-events";
import type { Env } from "../env";
import type { DeliveryMessage } from "../queues/messages";
import { SENDERS, sendContext } from "./channels";
import { DAY_MS } from "./thresholds";

/** Alerts older than this are not sent to a channel configured after they were raised. */
const DELIVERY_WINDOW_MS = 14 * DAY_MS;
/** Most alerts handed to one channel per account run; the rest go with the next run. */
const MAX_DISPATCH_PER_CHANNEL = 500;
/** Retry delays grow 30 s, 2 min, 8 min, … up to the queue's maximum of 12 hours. */
const MAX_RETRY_DELAY_S = 43_200;

/** Seconds before retry number `attempts` (1 = the first retry). */
export function retryDelaySeconds(attempts: number): number {
  return Math.min(30 * 4 ** Math.max(0, attempts - 1), MAX_RETRY_DELAY_S);
}

/**
 * Hands the account's new alerts to the delivery queue: per enabled channel, the alerts never
 * given to it, in messages of the channel's batch size, each marked 'queued' first so the next
 * run does not send them again. Returns how many messages were sent.
 */
export async function dispatchDeliveries(
  env: Env,
  accountId: string,
  settings: AccountSettings,
  now: Date,
): Promise<number> {
  const since = new Date(now.getTime() - DELIVERY_WINDOW_MS).toISOString();
  const at = now.toISOString();
  let sent = 0;
  for (const channel of settings.channels.filter((c) => c.enabled)) {
    const alertIds = await listUndispatched(env.DB, accountId, channel.id, since, MAX_DISPATCH_PER_CHANNEL);
    if (!alertIds.length) continue;
    const size = SENDERS[channel.type].batchSize;
    const messages: { body: DeliveryMessage }[] = [];
    for (let i = 0; i < alertIds.length; i += size) {
      messages.push({
        body: { kind: "delivery", accountId, channel: channel.id, alertIds: alertIds.slice(i, i + size) },
      });
    }
    await env.DB.batch(
      recordDeliveryStatements(env.DB, {
        alertIds,
        channel: channel.id,
        status: "queued",
        attempts: 0,
        at,
        error: null,
      }),
    );
    for (let i = 0; i < messages.length; i += 100) await env.DELIVERY_QUEUE.sendBatch(messages.slice(i, i + 100));
    sent += messages.length;
  }
  return sent;
}

/** What the delivery consumer does with one message: ack it, or retry it after a delay. */
export type DeliveryVerdict = { ack: true } | { ack: false; delaySeconds: number };

/**
 * Sends one delivery message (attempt number `attempts`, counted by the queue) and records the
 * outcome on each alert. A failure is retried by the queue; after its max_retries the message goes
 * to the dead-letter queue, where `abandonDelivery` records it.
 */
export async function deliverMessage(
  env: Env,
  message: DeliveryMessage,
  attempts: number,
  now: Date,
): Promise<DeliveryVerdict> {
  const at = now.toISOString();
  const settings = await getSettings(env.DB, message.accountId);
  const channel = settings.channels.find((c) => c.id === message.channel);
  const alerts = await listPendingAlerts(env.DB, message.accountId, message.channel, message.alertIds);
  if (!alerts.length) return { ack: true };
  const ids = alerts.map((a) => a.id);
  if (!channel || !channel.enabled) {
    const error = `channel "${message.channel}" was removed or disabled before delivery`;
    await env.DB.batch(
      recordDeliveryStatements(env.DB, {
        alertIds: ids,
        channel: message.channel,
        status: "abandoned",
        attempts,
        at,
        error,
      }),
    );
    return { ack: true };
  }
  const outcome = await SENDERS[channel.type].send(channel, alerts, sendContext(env, message.accountId, now));
  const status = outcome.ok ? "delivered" : "failed";
  const error = outcome.ok ? null : outcome.error;
  await env.DB.batch(
    recordDeliveryStatements(env.DB, { alertIds: ids, channel: channel.id, status, attempts, at, error }),
  );
  return outcome.ok ? { ack: true } : { ack: false, delaySeconds: retryDelaySeconds(attempts) };
}

/**
 * A delivery message the queue gave up on (dead-letter queue): its alerts are marked abandoned on
 * that channel, keeping the last error, and the timeline says so where people look.
 */
export async function abandonDelivery(env: Env, message: DeliveryMessage, now: Date): Promise<void> {
  const alerts = await listPendingAlerts(env.DB, message.accountId, message.channel, message.alertIds);
  if (!alerts.length) return;
  const at = now.toISOString();
  const states = await listDeliveryStates(
    env.DB,
    message.channel,
    alerts.map((a) => a.id),
  );
  const last = states[0];
  const error = last?.lastError ?? "delivery failed";
  await env.DB.batch(
    recordDeliveryStatements(env.DB, {
      alertIds: alerts.map((a) => a.id),
      channel: message.channel,
      status: "abandoned",
      attempts: last?.attempts ?? 0,
      at,
      error,
    }),
  );
  for (const alert of alerts) {
    await addTimelineEvent(env.DB, {
      accountId: message.accountId,
      certificateId: alert.certificateId,
      occurredAt: at,
      type: "alert-undeliverable",
      summary: `Alert "${alert.title}" could not be delivered by ${message.channel} after ${last?.attempts ?? 0} attempts: ${error}`,
      data: { alertId: alert.id, channel: message.channel, error },
    });
  }
}
