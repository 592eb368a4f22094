import { z } from "@hono/zod-openapi";
import type { ChannelConfig } from "./types";

const webhookUrl = z.url({ protocol: /^https?$/, message: "must be an http(s) URL" }).max(2000);
const common = {
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, "lower-case letters, digits and dashes, up to 40")
    .optional()
    .describe("Names the channel in deliveries; default its type (type-2… when a type is used twice)."),
  enabled: z.boolean().default(true),
};
const webhookChannel = <T extends string>(type: T, description: string) =>
  z.strictObject({ type: z.literal(type), url: webhookUrl.describe(description), ...common });

/** One alert channel as sent to `PUT /api/settings`. Secrets may be left out to keep the stored ones. */
export const ChannelInputSchema = z
  .discriminatedUnion("type", [
    webhookChannel("slack", "Slack incoming-webhook URL."),
    webhookChannel("teams", 'Microsoft Teams Workflows webhook URL ("When a Teams webhook request is received").'),
    webhookChannel("discord", "Discord channel webhook URL."),
    webhookChannel("google-chat", "Google Chat space webhook URL."),
    z.strictObject({
      type: z.literal("ntfy"),
      url: webhookUrl.refine(
        (u) => new URL(u).pathname.length > 1,
        "must name the topic, e.g. https://ntfy.sh/my-topic",
      ),
      token: z.string().min(1).max(200).optional().describe("Access token for a protected topic (write-only)."),
      ...common,
    }),
    z.strictObject({
      type: z.literal("pagerduty"),
      routingKey: z.string().min(20).max(64).optional().describe("Events API v2 integration key (write-only)."),
      url: webhookUrl
        .optional()
        .describe("Default https://events.pagerduty.com/v2/enqueue (EU: events.eu.pagerduty.com)."),
      ...common,
    }),
    z.strictObject({
      type: z.literal("json"),
      url: webhookUrl,
      secret: z
        .string()
        .min(16, "must be at least 16 characters")
        .max(256)
        .optional()
        .describe("HMAC-SHA256 key (write-only)."),
      ...common,
    }),
    z.strictObject({ type: z.literal("email"), to: z.email().max(254), ...common }),
  ])
  .openapi("ChannelInput");

/** One alert channel as the API shows it: secrets only as "is set". */
export const ChannelViewSchema = z
  .object({
    id: z.string(),
    type: z.enum(["slack", "teams", "discord", "google-chat", "ntfy", "pagerduty", "json", "email"]),
    enabled: z.boolean(),
    url: z.string().optional(),
    to: z.string().optional(),
    secretSet: z.boolean().optional(),
    routingKeySet: z.boolean().optional(),
    tokenSet: z.boolean().optional(),
  })
  .openapi("Channel");

/** A stored channel as shown. */
export function channelView(channel: ChannelConfig): z.infer<typeof ChannelViewSchema> {
  const { secret, routingKey, token, ...shown } = channel;
  return {
    ...shown,
    ...(channel.type === "json" ? { secretSet: Boolean(secret) } : {}),
    ...(channel.type === "pagerduty" ? { routingKeySet: Boolean(routingKey) } : {}),
    ...(channel.type === "ntfy" ? { tokenSet: Boolean(token) } : {}),
  };
}
