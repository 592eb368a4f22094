import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { keepSecrets, legacyView, missingSecret, withIds } from "../alerts/channels/config";
import { ChannelInputSchema, ChannelViewSchema, channelView } from "../alerts/channels/schema";
import { DEFAULT_EXPIRY_THRESHOLDS } from "../../../shared/policy";
import type { AppEnv } from "../app-env";
import { type AccountSettings, getSettings, saveSettings } from "../db/settings";
import { ApiError } from "../errors";
import { requireAccount } from "../middleware/auth";
import { limitBody } from "../middleware/body-limit";
import { allowsPrivateTargets, checkTarget } from "../outbound/target";
import { rejectInvalidRequest } from "../validation";
import { bearerAuth, errorResponses, jsonResponse } from "./responses";

const WebhookInput = z
  .object({
    url: z.url({ protocol: /^https?$/, message: "must be an http(s) URL" }),
    format: z.enum(["json", "slack"]).default("json"),
    // Generic JSON is signed; a receiver cannot verify a signature made with a guessable key.
    secret: z.string().min(16, "must be at least 16 characters").max(256).optional(),
  })
  .refine((w) => w.format === "slack" || w.secret, {
    message: "a secret is required for the signed json format",
    path: ["secret"],
  });

/** The settings a client may save; also what an imported settings row must amount to. */
export const SettingsInput = z
  .object({
    expiryThresholds: z
      .array(z.int().min(1).max(365))
      .min(1)
      .max(10)
      .default([...DEFAULT_EXPIRY_THRESHOLDS]),
    overdueEveryDays: z
      .int()
      .min(1)
      .max(30)
      .default(3)
      .describe(
        "Days between the alert on the day a renew/undecided certificate expires and each overdue alert after it.",
      ),
    channels: z.array(ChannelInputSchema).max(20).default([]).describe("Alert channels, each enabled on its own."),
    webhook: WebhookInput.nullable()
      .default(null)
      .describe('Older form of one json/slack channel (saved as the channel "webhook").'),
    alertEmail: z
      .email()
      .nullable()
      .default(null)
      .describe('Older form of one email channel (saved as the channel "email").'),
    forwardTo: z.email().nullable().default(null),
    trustedAuthservIds: z
      .array(
        z
          .string()
          .trim()
          .toLowerCase()
          .regex(/^[a-z0-9](?:[a-z0-9.-]{0,251}[a-z0-9])?$/, "must be an authserv-id such as mx.example.net"),
      )
      .max(20)
      .default([])
      .describe(
        "Authserv-ids of your own mail servers: their Authentication-Results are believed below the topmost one",
      ),
  })
  .openapi("SettingsInput");

const SettingsView = z
  .object({
    expiryThresholds: z.array(z.number()),
    overdueEveryDays: z.number(),
    channels: z.array(ChannelViewSchema),
    webhook: z.object({ url: z.string(), format: z.enum(["json", "slack"]), secretSet: z.boolean() }).nullable(),
    alertEmail: z.string().nullable(),
    forwardTo: z.string().nullable(),
    trustedAuthservIds: z.array(z.string()),
    updatedAt: z.string().nullable(),
  })
  .openapi("Settings");

/** The settings as shown: secrets are write-only. */
function view(settings: AccountSettings): z.infer<typeof SettingsView> {
  const { channels, ...rest } = settings;
  const { webhook, alertEmail } = legacyView(channels);
  return {
    ...rest,
    channels: channels.map(channelView),
    webhook: webhook && { url: webhook.url, format: webhook.format, secretSet: Boolean(webhook.secret) },
    alertEmail,
  };
}

const getRoute = createRoute({
  method: "get",
  path: "/",
  summary: "Alert channels, reminder thresholds and the forward address",
  security: bearerAuth,
  responses: { 200: jsonResponse(SettingsView, "Settings"), ...errorResponses(401) },
});

const putRoute = createRoute({
  method: "put",
  path: "/",
  summary: "Replace the settings (omitted fields take their defaults)",
  security: bearerAuth,
  description:
    "A channel sent again without its secret (`secret`, `routingKey`, `token`) keeps the stored one when its id, type and url are unchanged.",
  request: { body: { required: true, content: { "application/json": { schema: SettingsInput } } } },
  responses: { 200: jsonResponse(SettingsView, "Saved settings"), ...errorResponses(400, 401) },
});

/** `/api/settings`: per-account alert channels and thresholds. */
export const settings = new OpenAPIHono<AppEnv>({ defaultHook: rejectInvalidRequest });
settings.use("*", requireAccount, limitBody);

settings.openapi(getRoute, async (c) => c.json(view(await getSettings(c.env.DB, c.var.account.id)), 200));

settings.openapi(putRoute, async (c) => {
  const input = c.req.valid("json");
  const previous = await getSettings(c.env.DB, c.var.account.id);
  const webhook = input.webhook && {
    url: input.webhook.url,
    format: input.webhook.format,
    secret: input.webhook.secret ?? null,
  };
  const channels = keepSecrets(withIds(input.channels), previous.channels);
  const ids = new Set<string>();
  for (const [index, channel] of channels.entries()) {
    if (ids.has(channel.id))
      throw new ApiError(400, "invalid_request", `Invalid body: channels.${index}.id: "${channel.id}" is used twice`);
    ids.add(channel.id);
    const missing = missingSecret(channel);
    if (missing)
      throw new ApiError(400, "invalid_request", `Invalid body: channels.${index}.${missing[0]}: ${missing[1]}`);
  }
  // Checked on save so the mistake shows where it is made, and again at each delivery.
  const policy = { allowPrivate: allowsPrivateTargets(c.env), httpsOnly: true };
  const targets: [string, string | undefined][] = [
    ["webhook.url", input.webhook?.url],
    ...channels.map((channel, index): [string, string | undefined] => [`channels.${index}.url`, channel.url]),
  ];
  for (const [field, url] of targets) {
    const target = url ? checkTarget(url, policy) : null;
    if (target && !target.ok) throw new ApiError(400, "invalid_request", `Invalid body: ${field}: ${target.reason}`);
  }
  const saved = await saveSettings(c.env.DB, c.var.account.id, { ...input, channels, webhook });
  return c.json(view(saved), 200);
});
