/**
 * Messages of Certitude's queues. The cron sends one `accounts-page`; each page fans out to one
 * `account-run` per account and the next page, so no single invocation's work grows with the
 * number of accounts. Account runs send `delivery` messages to the delivery queue.
 */

/** Accounts queue: walk the accounts after `after` (a cursor, "" for the first page). */
export interface AccountsPageMessage {
  kind: "accounts-page";
  /** The cron's scheduled time: every account of one run is judged at the same instant. */
  runAt: string;
  after: string;
}

/** Accounts queue: one account's truth checks, reminders, digest and dispatch of deliveries. */
export interface AccountRunMessage {
  kind: "account-run";
  runAt: string;
  accountId: string;
}

export type AccountsQueueMessage = AccountsPageMessage | AccountRunMessage;

/** Delivery queue: send these alerts to one channel of an account. */
export interface DeliveryMessage {
  kind: "delivery";
  accountId: string;
  /** The channel's id in the account's settings. */
  channel: string;
  alertIds: string[];
}

/** Queue names as in wrangler.toml; a batch says which queue it came from. */
export const QUEUES = {
  accounts: "certitude-accounts",
  deliveries: "certitude-deliveries",
  deliveriesDeadLetter: "certitude-deliveries-dlq",
} as const;

/** Accounts per page message; also the most messages one `sendBatch` takes. */
export const ACCOUNTS_PER_PAGE = 100;
