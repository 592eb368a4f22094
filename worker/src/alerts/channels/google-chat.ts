import type { Alert } from "../enqueue";
import { alertFacts } from "./format";
import { postJson } from "./post";
import type { ChannelSender, SendContext } from "./types";

/** Google Chat formats *bold* and <url|label>; vendor text is kept out of that syntax. */
function escapeMarkup(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Google Chat incoming-webhook body: one `text` message. */
export function googleChatBody(alerts: Alert[], context: Pick<SendContext, "link">): { text: string } {
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

/** Google Chat space webhook (`https://chat.googleapis.com/v1/spaces/…/messages?key=…&token=…`). */
export const googleChat: ChannelSender = {
  batchSize: 20,
  send: (config, alerts, context) =>
    postJson("google-chat", config.url ?? "", googleChatBody(alerts, context), context.limits),
};
