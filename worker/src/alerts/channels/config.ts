import type { ChannelConfig, ChannelType } from "./types";

/** Settings saved before channels existed: one webhook and one e-mail address. */
export interface LegacyChannels {
  webhook?: { url: string; format: "json" | "slack"; secret: string | null } | null;
  alertEmail?: string | null;
}

/** The legacy `webhook` and `alertEmail` settings as channels, named "webhook" and "email". */
export function legacyChannels(legacy: LegacyChannels): ChannelConfig[] {
  const channels: ChannelConfig[] = [];
  const { webhook, alertEmail } = legacy;
  if (webhook)
    channels.push({ id: "webhook", type: webhook.format, enabled: true, url: webhook.url, secret: webhook.secret });
  if (alertEmail) channels.push({ id: "email", type: "email", enabled: true, to: alertEmail });
  return channels;
}

/** The legacy view of channels: the "webhook" and "email" channels, when there are such. */
export function legacyView(channels: readonly ChannelConfig[]): Required<LegacyChannels> {
  const hook = channels.find((c) => c.id === "webhook" && (c.type === "json" || c.type === "slack"));
  const mail = channels.find((c) => c.id === "email" && c.type === "email");
  return {
    webhook: hook?.url ? { url: hook.url, format: hook.type as "json" | "slack", secret: hook.secret ?? null } : null,
    alertEmail: mail?.to ?? null,
  };
}

/**
 * Gives every channel an id: its own, else its type, else type-2, type-3… Deliveries are kept
 * per channel id, so ids stay stable as long as the order of channels of one type does.
 */
export function withIds(channels: readonly (Omit<ChannelConfig, "id"> & { id?: string })[]): ChannelConfig[] {
  const taken = new Set(channels.flatMap((c) => (c.id ? [c.id] : [])));
  return channels.map((channel) => {
    if (channel.id) return channel as ChannelConfig;
    let id: string = channel.type;
    for (let n = 2; taken.has(id); n += 1) id = `${channel.type}-${n}`;
    taken.add(id);
    return { ...channel, id };
  });
}

const SECRET_FIELDS = ["secret", "routingKey", "token"] as const;

/**
 * Secrets are write-only: a channel saved again without its secret (as a dashboard that only saw
 * `secretSet: true` sends it) keeps the one stored for the same id, type and address.
 */
export function keepSecrets(next: ChannelConfig[], previous: readonly ChannelConfig[]): ChannelConfig[] {
  return next.map((channel) => {
    const before = previous.find((p) => p.id === channel.id && p.type === channel.type && p.url === channel.url);
    if (!before) return channel;
    const kept = { ...channel };
    for (const field of SECRET_FIELDS) if (!kept[field] && before[field]) kept[field] = before[field];
    return kept;
  });
}

/** What a channel still lacks to be usable, as `[field, message]`, or null. */
export function missingSecret(channel: ChannelConfig): [string, string] | null {
  if (channel.type === "json" && !channel.secret) return ["secret", "a secret is required for the signed json format"];
  if (channel.type === "pagerduty" && !channel.routingKey)
    return ["routingKey", "the PagerDuty integration (routing) key is required"];
  return null;
}

/** Channel types that post to a URL. */
export const URL_CHANNELS: readonly ChannelType[] = ["slack", "teams", "discord", "google-chat", "ntfy", "json"];
