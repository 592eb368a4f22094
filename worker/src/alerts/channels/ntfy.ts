import type { Alert } from "../enqueue";
import { alertFacts, clip, factLines } from "./format";
import { postJson } from "./post";
import type { ChannelSender, SendContext } from "./types";

/** A topic URL `https://ntfy.sh/<topic>` split into the server (JSON publishing endpoint) and topic. */
export function ntfyTarget(topicUrl: string): { server: string; topic: string } {
  const url = new URL(topicUrl);
  const topic = url.pathname.replace(/^\/+|\/+$/g, "");
  url.pathname = "/";
  url.search = "";
  return { server: url.toString(), topic };
}

/**
 * ntfy JSON publish body (POST to the server root): JSON keeps non-ASCII titles intact, which
 * ntfy's header form would need to encode. Urgent alerts (expired, 3 days or fewer) get priority 4.
 */
export function ntfyBody(topic: string, alerts: Alert[], context: Pick<SendContext, "link">) {
  const first = alertFacts(alerts[0], context.link(alerts[0]));
  const urgent = alerts.some((a) => typeof a.data.daysLeft === "number" && a.data.daysLeft <= 3);
  const message = alerts
    .map((alert) => {
      const facts = alertFacts(alert, context.link(alert));
      return [...(alerts.length > 1 ? [facts.title] : []), facts.message, ...factLines(facts)].join("\n");
    })
    .join("\n\n");
  return {
    topic,
    title: alerts.length === 1 ? clip(first.title, 250) : `Certitude: ${alerts.length} certificate alerts`,
    message: clip(message, 4000),
    priority: urgent ? 4 : 3,
    tags: ["lock"],
    ...(alerts.length === 1 && first.link ? { click: first.link } : {}),
  };
}

/** ntfy topic (ntfy.sh or a self-hosted server), with an optional access token. */
export const ntfy: ChannelSender = {
  batchSize: 10,
  send(config, alerts, context) {
    const { server, topic } = ntfyTarget(config.url ?? "");
    const headers: Record<string, string> = config.token ? { Authorization: `Bearer ${config.token}` } : {};
    return postJson("ntfy", server, ntfyBody(topic, alerts, context), context.limits, headers);
  },
};
