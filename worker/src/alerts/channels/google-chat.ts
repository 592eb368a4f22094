import type { ChannelSender } from "./types";
import { postJson } from "./post";
import { slackBody } from "./slack";

/**
 * Google Chat incoming-webhook body: one `text` message. Chat formats the subset of Slack's
 * mrkdwn the Slack body uses (*bold*, <url|label>, &amp;-escaped text), so the body is the same.
 */
export const googleChatBody = slackBody;

/** Google Chat space webhook (`https://chat.googleapis.com/v1/spaces/…/messages?key=…&token=…`). */
export const googleChat: ChannelSender = {
  batchSize: 20,
  send: (config, alerts, context) =>
    postJson("google-chat", config.url ?? "", googleChatBody(alerts, context), context.limits),
};
