import { env } from "cloudflare:workers";
import { createExecutionContext, createMessageBatch, createScheduledController, getQueueResult } from "cloudflare:test";
import { vi } from "vitest";
import worker from "../src/index";
import { QUEUES } from "../src/queues/messages";

/** Consumer settings of wrangler.toml, which the platform applies. */
const CONSUMERS: Record<string, { batchSize: number; maxRetries: number; deadLetter?: string }> = {
  [QUEUES.accounts]: { batchSize: 4, maxRetries: 3 },
  [QUEUES.deliveries]: { batchSize: 10, maxRetries: 8, deadLetter: QUEUES.deliveriesDeadLetter },
  [QUEUES.deliveriesDeadLetter]: { batchSize: 10, maxRetries: 3 },
};

interface Pending {
  queue: string;
  id: string;
  body: unknown;
  attempts: number;
}

/** What the transport saw while draining. */
export interface QueueLog {
  sent: Record<string, number>;
  batches: { queue: string; size: number }[];
  retries: { queue: string; attempts: number; delaySeconds?: number }[];
  deadLettered: unknown[];
}

/**
 * Stands in for the Queues transport in tests: the producers' send/sendBatch keep messages in
 * memory, and `drain` hands them to the Worker's real `queue()` handler in batches as wrangler.toml
 * configures, applying its verdicts as the platform does (ack, retry up to max_retries, then the
 * dead-letter queue). Retry delays are recorded, not waited for.
 */
export function captureQueues() {
  const pending: Pending[] = [];
  const log: QueueLog = { sent: {}, batches: [], retries: [], deadLettered: [] };
  const push = (queue: string, body: unknown) => {
    pending.push({ queue, id: crypto.randomUUID(), body, attempts: 1 });
    log.sent[queue] = (log.sent[queue] ?? 0) + 1;
  };
  // What the platform answers a producer; the metrics are not used by the Worker.
  const answer = { metadata: { metrics: { backlogCount: 0, backlogBytes: 0 } } } as unknown as QueueSendResponse &
    QueueSendBatchResponse;
  const spies = [
    vi.spyOn(env.ACCOUNT_QUEUE, "send").mockImplementation(async (body) => (push(QUEUES.accounts, body), answer)),
    vi.spyOn(env.ACCOUNT_QUEUE, "sendBatch").mockImplementation(async (messages) => {
      for (const m of messages) push(QUEUES.accounts, m.body);
      return answer;
    }),
    vi.spyOn(env.DELIVERY_QUEUE, "send").mockImplementation(async (body) => (push(QUEUES.deliveries, body), answer)),
    vi.spyOn(env.DELIVERY_QUEUE, "sendBatch").mockImplementation(async (messages) => {
      for (const m of messages) push(QUEUES.deliveries, m.body);
      return answer;
    }),
  ];

  async function drain(maxBatches = 10_000): Promise<QueueLog> {
    for (let n = 0; pending.length && n < maxBatches; n += 1) {
      const queue = pending[0].queue;
      const config = CONSUMERS[queue];
      const taken = pending.filter((p) => p.queue === queue).slice(0, config.batchSize);
      for (const t of taken) pending.splice(pending.indexOf(t), 1);
      const batch = createMessageBatch(
        queue,
        taken.map((t) => ({ id: t.id, timestamp: new Date(), attempts: t.attempts, body: t.body })),
      );
      // The plugin's result lists retried ids only; the delay asked for is read off the call.
      const delays = new Map<string, number | undefined>();
      for (const message of batch.messages) {
        const retry = message.retry.bind(message);
        message.retry = (options?: QueueRetryOptions) => {
          delays.set(message.id, options?.delaySeconds);
          retry(options);
        };
      }
      const ctx = createExecutionContext();
      await worker.queue(batch, env, ctx);
      const result = await getQueueResult(batch, ctx);
      log.batches.push({ queue, size: taken.length });
      for (const t of taken) {
        const retry = result.retryMessages.find((r) => r.msgId === t.id);
        const acked = result.ackAll || result.explicitAcks.includes(t.id);
        if (acked && !retry) continue;
        log.retries.push({ queue, attempts: t.attempts, delaySeconds: retry?.delaySeconds ?? delays.get(t.id) });
        if (t.attempts <= config.maxRetries) pending.push({ ...t, attempts: t.attempts + 1 });
        else if (config.deadLetter) {
          log.deadLettered.push(t.body);
          push(config.deadLetter, t.body);
        }
      }
    }
    return log;
  }

  return {
    pending,
    log,
    drain,
    restore: () => {
      for (const s of spies) s.mockRestore();
    },
  };
}

/** The daily cron at `at` through the exported handler, then every queue drained. */
export async function runDaily(at: Date | string): Promise<QueueLog> {
  const queues = captureQueues();
  try {
    const ctx = createExecutionContext();
    await worker.scheduled(createScheduledController({ scheduledTime: new Date(at), cron: "0 6 * * *" }), env, ctx);
    return await queues.drain();
  } finally {
    queues.restore();
  }
}
