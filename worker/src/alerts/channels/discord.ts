import type { Alert } from "../enqueue";
import { alertFacts, clip } from "./format";
import { postJson } from "./post";
import type { ChannelSender, SendContext } from "./types";

const AMBER = 0xd97706;
const RED = 0xdc2626;

/**
 * Discord webhook body: one embed per alert (Discord allows 10 per message, titles up to 256
 * characters, descriptions up to 4096). `allowed_mentions` is empty so a certificate name such as
 * "@everyone" cannot ping a whole server.
 */
export function discordBody(alerts: Alert[], context: Pick<SendContext, "link">) {
  return {
    username: "Certitude",
    allowed_mentions: { parse: [] },
    embeds: alerts.slice(0, 10).map((alert) => {
      const facts = alertFacts(alert, context.link(alert));
      const urgent = typeof alert.data.daysLeft === "number" && alert.data.daysLeft <= 0;
      return {
        title: clip(facts.title, 256),
        description: clip(facts.message, 4096),
        ...(facts.link ? { url: facts.link } : {}),
        color: urgent ? RED : AMBER,
        fields: facts.fields.map((f) => ({ name: f.name, value: clip(f.value, 1024), inline: true })),
        timestamp: alert.createdAt,
      };
    }),
  };
}

/** Discord channel webhook (`https://discord.com/api/webhooks/<id>/<token>`). */
export const discord: ChannelSender = {
  batchSize: 10,
  send: (config, alerts, context) =>
    postJson("discord", config.url ?? "", discordBody(alerts, context), context.limits),
};
