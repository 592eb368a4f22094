import { abandonDelivery, deliverMessage, retryDelaySeconds } from "../alerts/deliver";
import { runAccount } from "../alerts/run";
import { listAccountIdsAfter } from "../db/accounts";
import type { Env } from "../env";
import {
  ACCOUNTS_PER_PAGE,
  type AccountsPageMessage,
  type AccountsQueueMessage,
  type DeliveryMessage,
  QUEUES,
} from "../queues/messages";

function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/**
 * One page of the account walk: an account-run message per account, then the next page while
 * pages are full. One D1 statement and two sends, whatever the number of accounts.
 */
async function walkPage(env: Env, page: AccountsPageMessage): Promise<number> {
  const ids = await listAccountIdsAfter(env.DB, page.after, ACCOUNTS_PER_PAGE);
  if (ids.length)
    await env.ACCOUNT_QUEUE.sendBatch(
      ids.map((accountId) => ({ body: { kind: "account-run", runAt: page.runAt, accountId } })),
    );
  if (ids.length === ACCOUNTS_PER_PAGE)
    await env.ACCOUNT_QUEUE.send({ kind: "accounts-page", runAt: page.runAt, after: ids[ids.length - 1] });
  return ids.length;
}

/**
 * Accounts queue. Each message stands alone: an account whose run fails is logged and retried
 * by the queue, and the other accounts of the batch go on.
 */
async function consumeAccounts(batch: MessageBatch<AccountsQueueMessage>, env: Env): Promise<void> {
  for (const message of batch.messages) {
    const body = message.body;
    try {
      const result =
        body.kind === "accounts-page"
          ? { accounts: await walkPage(env, body) }
          : await runAccount(env, body.accountId, new Date(body.runAt));
      console.log(
        JSON.stringify({
          queue: batch.queue,
          kind: body.kind,
          accountId: "accountId" in body ? body.accountId : undefined,
          result,
        }),
      );
      message.ack();
    } catch (error) {
      const who = body.kind === "account-run" ? `account ${body.accountId}` : `accounts page after "${body.after}"`;
      console.error(`alerts and truth checks of ${who} failed (attempt ${message.attempts}): ${describeError(error)}`);
      message.retry();
    }
  }
}

/** Delivery queue: every message in parallel, so a slow or failing channel holds up no other. */
async function consumeDeliveries(batch: MessageBatch<DeliveryMessage>, env: Env): Promise<void> {
  const now = new Date();
  await Promise.all(
    batch.messages.map(async (message) => {
      try {
        const verdict = await deliverMessage(env, message.body, message.attempts, now);
        if (verdict.ack) message.ack();
        else message.retry({ delaySeconds: verdict.delaySeconds });
      } catch (error) {
        console.error(
          `delivery to ${message.body.channel} of account ${message.body.accountId} failed: ${describeError(error)}`,
        );
        message.retry({ delaySeconds: retryDelaySeconds(message.attempts) });
      }
    }),
  );
}

/** Dead-letter queue of deliveries: the platform gave up; record it as abandoned. */
async function consumeDeadLetters(batch: MessageBatch<DeliveryMessage>, env: Env): Promise<void> {
  for (const message of batch.messages) {
    try {
      await abandonDelivery(env, message.body, new Date());
      message.ack();
    } catch (error) {
      console.error(`recording an abandoned delivery failed: ${describeError(error)}`);
      message.retry();
    }
  }
}

/** The Worker's queue consumer: Certitude's three queues (wrangler.toml). */
export async function queue(batch: MessageBatch<unknown>, env: Env, _ctx: ExecutionContext): Promise<void> {
  switch (batch.queue) {
    case QUEUES.accounts:
      return consumeAccounts(batch as MessageBatch<AccountsQueueMessage>, env);
    case QUEUES.deliveries:
      return consumeDeliveries(batch as MessageBatch<DeliveryMessage>, env);
    case QUEUES.deliveriesDeadLetter:
      return consumeDeadLetters(batch as MessageBatch<DeliveryMessage>, env);
    default:
      console.error(`messages from unknown queue ${batch.queue}: left for retry`);
      batch.retryAll();
  }
}
