import type { OutboundLimits } from "../../outbound/bounded-fetch";
import type { Alert } from "../enqueue";

/** The services an alert can be sent to. */
export const CHANNEL_TYPES = [
  "slack",
  "teams",
  "discord",
  "google-chat",
  "ntfy",
  "pagerduty",
  "json",
  "email",
] as const;
export type ChannelType = (typeof CHANNEL_TYPES)[number];

/** One configured channel (settings `channels`); secrets are write-only in the API. */
export interface ChannelConfig {
  /** Names the channel in deliveries: its type, or type-2, type-3… when a type is used twice. */
  id: string;
  type: ChannelType;
  enabled: boolean;
  /** Incoming-webhook URL (Slack, Teams workflow, Discord, Google Chat, JSON), ntfy topic URL, PagerDuty endpoint. */
  url?: string;
  /** HMAC key of the generic JSON webhook. */
  secret?: string | null;
  /** E-mail recipient. */
  to?: string;
  /** PagerDuty Events v2 integration (routing) key. */
  routingKey?: string;
  /** ntfy access token for protected topics. */
  token?: string | null;
}

/** Outcome of one delivery attempt: HTTP status when there was one, the error in words when it failed. */
export type DeliveryOutcome = { ok: true; status: number | null } | { ok: false; status: number | null; error: string };

/** What a channel needs besides its config to send a message. */
export interface SendContext {
  accountId: string;
  now: Date;
  /** Link to a certificate (`<APP_URL>/api/certificates/<id>`), null for account-wide alerts. */
  link: (alert: Alert) => string | null;
  /** Deadline and OUTBOUND_ALLOW_PRIVATE, as for every outbound request. */
  limits: OutboundLimits;
  email: { binding: SendEmail; from: string };
}

/** Sends alerts to one kind of service. */
export interface ChannelSender {
  /** Most alerts one request may carry (Discord: 10 embeds; PagerDuty: one event per request). */
  batchSize: number;
  send(config: ChannelConfig, alerts: Alert[], context: SendContext): Promise<DeliveryOutcome>;
}
