import { type LegacyChannels, legacyChannels, legacyView, withIds } from "../alerts/channels/config";
import type { ChannelConfig } from "../alerts/channels/types";
import { DEFAULT_OVERDUE_EVERY_DAYS } from "../alerts/thresholds";
import { DEFAULT_EXPIRY_THRESHOLDS } from "../../../shared/policy";
import { objectList, thresholdList } from "./json-columns";

/** Where and when an account wants to hear about its certificates. */
export interface AccountSettings {
  /** Days before expiry at which a `renew` certificate gets a reminder, largest first. */
  expiryThresholds: number[];
  /** Days between the "expired" alert and each "overdue" one after it. */
  overdueEveryDays: number;
  /** Alert channels, each enabled on its own. */
  channels: ChannelConfig[];
  /** Inbound notices that are neither misleading nor spoofed are forwarded here. */
  forwardTo: string | null;
  /** Authserv-ids of the account's own mail servers, believed below the topmost Authentication-Results. */
  trustedAuthservIds: string[];
  updatedAt: string | null;
}

export { DEFAULT_EXPIRY_THRESHOLDS };

export const DEFAULT_SETTINGS: AccountSettings = {
  expiryThresholds: [...DEFAULT_EXPIRY_THRESHOLDS],
  overdueEveryDays: DEFAULT_OVERDUE_EVERY_DAYS,
  channels: [],
  forwardTo: null,
  trustedAuthservIds: [],
  updatedAt: null,
};

interface SettingsRow {
  account_id: string;
  expiry_thresholds: string;
  overdue_every_days: number;
  channels: string | null;
  webhook_url: string | null;
  webhook_format: "json" | "slack";
  webhook_secret: string | null;
  alert_email_to: string | null;
  forward_to: string | null;
  trusted_authserv_ids: string;
  updated_at: string;
}

function fromRow(row: SettingsRow): AccountSettings {
  // Settings saved before channels existed keep working: their webhook and e-mail become channels.
  const channels = row.channels
    ? objectList<ChannelConfig>(row.channels, "account_settings.channels", [])
    : legacyChannels({
        webhook: row.webhook_url
          ? { url: row.webhook_url, format: row.webhook_format, secret: row.webhook_secret }
          : null,
        alertEmail: row.alert_email_to,
      });
  return {
    expiryThresholds: thresholdList(row.expiry_thresholds, "account_settings.expiry_thresholds", [
      ...DEFAULT_EXPIRY_THRESHOLDS,
    ]),
    overdueEveryDays: row.overdue_every_days,
    channels,
    forwardTo: row.forward_to,
    trustedAuthservIds: JSON.parse(row.trusted_authserv_ids || "[]") as string[],
    updatedAt: row.updated_at,
  };
}

/** The account's settings, or the defaults when it never saved any. */
export async function getSettings(db: D1Database, accountId: string): Promise<AccountSettings> {
  const row = await db
    .prepare("SELECT * FROM account_settings WHERE account_id = ?1")
    .bind(accountId)
    .first<SettingsRow>();
  return row ? fromRow(row) : DEFAULT_SETTINGS;
}

/** Settings of many accounts at once, defaults filled in. */
export async function getSettingsOfAccounts(
  db: D1Database,
  accountIds: string[],
): Promise<Map<string, AccountSettings>> {
  const found = new Map<string, AccountSettings>();
  for (let i = 0; i < accountIds.length; i += 90) {
    const chunk = accountIds.slice(i, i + 90);
    const marks = chunk.map((_, n) => `?${n + 1}`).join(",");
    const { results } = await db
      .prepare(`SELECT * FROM account_settings WHERE account_id IN (${marks})`)
      .bind(...chunk)
      .all<SettingsRow>();
    for (const row of results) found.set(row.account_id, fromRow(row));
  }
  return new Map(accountIds.map((id) => [id, found.get(id) ?? DEFAULT_SETTINGS]));
}

/**
 * Settings as saved. `channels` and the older `webhook` / `alertEmail` may be given together: the
 * older ones are added as the channels "webhook" and "email". Fields added later may be left out.
 */
export type SettingsToSave = Omit<
  AccountSettings,
  "updatedAt" | "overdueEveryDays" | "channels" | "trustedAuthservIds"
> &
  LegacyChannels & {
    overdueEveryDays?: number;
    channels?: (Omit<ChannelConfig, "id"> & { id?: string })[];
    trustedAuthservIds?: string[];
  };

/** Replaces the account's settings. */
export async function saveSettings(
  db: D1Database,
  accountId: string,
  input: SettingsToSave,
  now: Date = new Date(),
): Promise<AccountSettings> {
  const updatedAt = now.toISOString();
  const thresholds = [...new Set(input.expiryThresholds)].sort((a, b) => b - a);
  const legacy = legacyChannels(input).filter((l) => !(input.channels ?? []).some((c) => c.id === l.id));
  const channels = withIds([...(input.channels ?? []), ...legacy]);
  const { webhook, alertEmail } = legacyView(channels);
  const settings: AccountSettings = {
    expiryThresholds: thresholds,
    overdueEveryDays: input.overdueEveryDays ?? DEFAULT_OVERDUE_EVERY_DAYS,
    channels,
    forwardTo: input.forwardTo,
    trustedAuthservIds: [...new Set(input.trustedAuthservIds ?? [])],
    updatedAt,
  };
  await db
    .prepare(
      `INSERT INTO account_settings
         (account_id, expiry_thresholds, webhook_url, webhook_format, webhook_secret, alert_email_to, forward_to, updated_at,
          overdue_every_days, channels, trusted_authserv_ids)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
       ON CONFLICT (account_id) DO UPDATE SET
         expiry_thresholds = excluded.expiry_thresholds, webhook_url = excluded.webhook_url,
         webhook_format = excluded.webhook_format, webhook_secret = excluded.webhook_secret,
         alert_email_to = excluded.alert_email_to, forward_to = excluded.forward_to, updated_at = excluded.updated_at,
         overdue_every_days = excluded.overdue_every_days, channels = excluded.channels,
         trusted_authserv_ids = excluded.trusted_authserv_ids`,
    )
    .bind(
      accountId,
      JSON.stringify(thresholds),
      webhook?.url ?? null,
      webhook?.format ?? "json",
      webhook?.secret ?? null,
      alertEmail,
      settings.forwardTo,
      updatedAt,
      settings.overdueEveryDays,
      JSON.stringify(channels),
      JSON.stringify(settings.trustedAuthservIds),
    )
    .run();
  return settings;
}
