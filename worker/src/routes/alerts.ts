import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppEnv } from "../app-env";
import { listAlertsWithDeliveries } from "../db/alerts";
import { requireAccount } from "../middleware/auth";
import { rejectInvalidRequest } from "../validation";
import { bearerAuth, errorResponses, jsonResponse } from "./responses";

const DeliverySchema = z.object({
  channel: z.string(),
  status: z.enum(["delivered", "failed", "abandoned"]),
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
    deliveries: z.array(DeliverySchema).describe("One per channel tried; none yet means waiting for the next cron run"),
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

/** `/api/alerts`: what the cron raised and whether it arrived. */
export const alerts = new OpenAPIHono<AppEnv>({ defaultHook: rejectInvalidRequest });
alerts.use("*", requireAccount);

alerts.openapi(listAlertsRoute, async (c) => {
  const { limit, offset } = c.req.valid("query");
  const list = await listAlertsWithDeliveries(c.env.DB, c.var.account.id, limit, offset);
  return c.json({ alerts: list.map(({ accountId: _, dedupeKey: __, ...alert }) => alert) }, 200);
});
