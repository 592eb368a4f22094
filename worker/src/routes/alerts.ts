import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppEnv } from "../app-env";
import { sendTestAlert } from "../alerts/test-alert";
import { listAlertsWithDeliveries } from "../db/alerts";
import { getSettings } from "../db/settings";
import { ApiError } from "../errors";
import { requireAccount } from "../middleware/auth";
import { rejectInvalidRequest } from "../validation";
import { bearerAuth, errorResponses, jsonResponse } from "./responses";

const DeliverySchema = z.object({
  channel: z.string(),
  status: z
    .enum(["queued", "delivered", "failed", "abandoned"])
    .describe(
      "queued: handed to the delivery queue; failed: the queue retries it; abandoned: given up (dead-letter queue)",
    ),
  attempts: z.number(),
  lastAttemptAt: z.string(),
  lastError: z.string().nullable(),
  deliveredAt: z.string().nullable(),
});

const AlertSchema = z
  .object({
    id: z.string(),
    certificateId: z.string().nullable(),
    type: z.string(),
    title: z.string(),
    message: z.string(),
    data: z.record(z.string(), z.unknown()),
    createdAt: z.string(),
    deliveries: z
      .array(DeliverySchema)
      .describe("One per channel the alert was handed to, with attempts and the last error"),
  })
  .openapi("Alert");

const listAlertsRoute = createRoute({
  method: "get",
  path: "/",
  summary: "Alerts raised for the account, newest first, with each channel's delivery state",
  security: bearerAuth,
  request: {
    query: z.object({
      limit: z.coerce.number().int().min(1).max(200).default(50),
      offset: z.coerce.number().int().min(0).default(0),
    }),
  },
  responses: { 200: jsonResponse(z.object({ alerts: z.array(AlertSchema) }), "Alerts"), ...errorResponses(400, 401) },
});

const TestDeliverySchema = z
  .object({
    channel: z.string().describe("The channel's id (settings `channels[].id`)."),
    ok: z.boolean(),
    status: z
      .number()
      .int()
      .nullable()
      .describe("HTTP status the service answered; null for e-mail or when nothing answered."),
    error: z.string().nullable().describe("What went wrong, in words; null when ok."),
  })
  .openapi("TestDelivery");

const testRoute = createRoute({
  method: "post",
  path: "/test",
  summary: "Send a test alert to every enabled channel now (or to one named channel, enabled or not)",
  description:
    "Channels are tried in parallel and each answers for itself: one that fails or times out does not block the others. " +
    "The answer is 200 even when channels failed; look at `ok` per delivery. No channel configured: `deliveries` is empty.",
  security: bearerAuth,
  request: {
    body: {
      required: false,
      content: { "application/json": { schema: z.strictObject({ channel: z.string().min(1).max(40).optional() }) } },
    },
  },
  responses: {
    200: jsonResponse(z.object({ deliveries: z.array(TestDeliverySchema) }), "One delivery per channel tried"),
    ...errorResponses(400, 401, 404),
  },
});

/** `/api/alerts`: what the cron raised and whether it arrived. */
export const alerts = new OpenAPIHono<AppEnv>({ defaultHook: rejectInvalidRequest });
alerts.use("*", requireAccount);

alerts.openapi(listAlertsRoute, async (c) => {
  const { limit, offset } = c.req.valid("query");
  const list = await listAlertsWithDeliveries(c.env.DB, c.var.account.id, limit, offset);
  return c.json({ alerts: list.map(({ accountId: _, dedupeKey: __, ...alert }) => alert) }, 200);
});

alerts.openapi(testRoute, async (c) => {
  const wanted = c.req.header("content-type")?.includes("application/json") ? c.req.valid("json")?.channel : undefined;
  const { channels } = await getSettings(c.env.DB, c.var.account.id);
  const chosen = wanted ? channels.filter((ch) => ch.id === wanted) : channels.filter((ch) => ch.enabled);
  if (wanted && !chosen.length) throw new ApiError(404, "not_found", `No channel "${wanted}" in your settings.`);
  return c.json({ deliveries: await sendTestAlert(c.env, c.var.account.id, chosen) }, 200);
});
