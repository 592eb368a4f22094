import type { Alert } from "../enqueue";
import { alertFacts } from "./format";
import { postJson } from "./post";
import type { ChannelSender, SendContext } from "./types";

/** Slack mrkdwn treats &, < and > as markup; vendor text must stay text. */
function escapeMarkup(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Slack incoming-webhook body: one mrkdwn `text` (also accepted by Mattermost and Rocket.Chat). */
export function slackBody(alerts: Alert[], context: Pick<SendContext, "link">): { text: string } {
  const text = alerts
    .map((alert) => {
      const facts = alertFacts(alert, context.link(alert));
      const lines = [`*${escapeMarkup(facts.title)}*`, escapeMarkup(facts.message)];
      if (facts.fields.length) lines.push(facts.fields.map((f) => `${f.name}: ${escapeMarkup(f.value)}`).join(" · "));
      if (facts.link) lines.push(`<${facts.link}|Open the certificate>`);
      return lines.join("\n");
    })
    .join("\n\n");
  return { text };
}

/** Slack incoming webhook (`https://hooks.slack.com/services/…`). */
export const slack: ChannelSender = {
  batchSize: 20,
  send: (config, alerts, context) => postJson("slack", config.url ?? "", slackBody(alerts, context), context.limits),
};
