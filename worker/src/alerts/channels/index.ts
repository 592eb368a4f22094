import type { Env } from "../../env";
import { outboundLimits } from "../../outbound/bounded-fetch";
import type { Alert } from "../enqueue";
import { discord } from "./discord";
import { email } from "./email";
import { googleChat } from "./google-chat";
import { json } from "./json";
import { ntfy } from "./ntfy";
import { pagerduty } from "./pagerduty";
import { slack } from "./slack";
import { teams } from "./teams";
import type { ChannelSender, ChannelType, SendContext } from "./types";

/** The sender of each channel type. */
export const SENDERS: Record<ChannelType, ChannelSender> = {
  slack,
  teams,
  discord,
  "google-chat": googleChat,
  ntfy,
  pagerduty,
  json,
  email,
};

/** Where alerts link to when APP_URL is unset. */
const DEFAULT_APP_URL = "https://certitude.example";

/** The link an alert about a certificate carries: the certificate in the API. */
export function certificateLink(appUrl: string | undefined, alert: Pick<Alert, "certificateId">): string | null {
  if (!alert.certificateId) return null;
  return `${(appUrl || DEFAULT_APP_URL).replace(/\/+$/, "")}/api/certificates/${encodeURIComponent(alert.certificateId)}`;
}

/** Everything a sender needs from the Worker's environment for one account and moment. */
export function sendContext(env: Env, accountId: string, now: Date): SendContext {
  return {
    accountId,
    now,
    link: (alert) => certificateLink(env.APP_URL, alert),
    limits: outboundLimits(env),
    email: { binding: env.ALERT_EMAIL, from: env.ALERT_FROM_ADDRESS },
  };
}
