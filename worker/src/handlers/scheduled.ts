import type { Env } from "../env";
import type { AccountsPageMessage } from "../queues/messages";

/**
 * The daily Cron Trigger only starts the run: one message with the first page of the account
 * walk. The accounts queue consumer fans out to one message per account (truth checks,
 * reminders, digest) and the delivery queue sends the alerts, so this invocation's work is the
 * same for ten accounts or a million. A failed send throws, so the run shows as failed.
 */
export async function scheduled(controller: ScheduledController, env: Env, _ctx: ExecutionContext): Promise<void> {
  const runAt = new Date(controller.scheduledTime).toISOString();
  const first: AccountsPageMessage = { kind: "accounts-page", runAt, after: "" };
  await env.ACCOUNT_QUEUE.send(first);
  console.log(JSON.stringify({ cron: "accounts-page", at: runAt }));
}
