import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppEnv } from "../app-env";
import { listCertificateAlerts } from "../db/alerts";
import { getCertificateRow } from "../db/certificates";
import { listIntentHistory } from "../db/intent-history";
import { listCertificateNotices } from "../db/notices";
import { listCertificateTimelineEvents } from "../db/timeline-events";
import { ApiError } from "../errors";
import { requireAccount } from "../middleware/auth";
import { mergeTimeline } from "../timeline/merge";
import { rejectInvalidRequest } from "../validation";
import { IdParamsSchema, bearerAuth, errorResponses, jsonResponse } from "./responses";

const EntrySchema = z
  .object({
    at: z.string(),
    type: z.string(),
    source: z.enum(["status", "intent", "notice", "alert", "event"]),
    summary: z.string(),
    data: z.record(z.string(), z.unknown()),
  })
  .openapi("TimelineEntry");

const timelineRoute = createRoute({
  method: "get",
  path: "/{id}/timeline",
  summary: "A certificate's history: issued, intent changes, notices, alerts, checks, expired or lapsed — oldest first",
  security: bearerAuth,
  request: { params: IdParamsSchema },
  responses: {
    200: jsonResponse(z.object({ certificateId: z.string(), timeline: z.array(EntrySchema) }), "The timeline"),
    ...errorResponses(401, 404),
  },
});

/** `GET /api/certificates/:id/timeline`, mounted beside the certificate routes. */
export const timeline = new OpenAPIHono<AppEnv>({ defaultHook: rejectInvalidRequest });
timeline.use("/:id/timeline", requireAccount);

timeline.openapi(timelineRoute, async (c) => {
  const { id } = c.req.valid("param");
  const accountId = c.var.account.id;
  const db = c.env.DB;
  const certificate = await getCertificateRow(db, accountId, id);
  if (!certificate) throw new ApiError(404, "not_found", "This account has no certificate with that id.");
  const [intentChanges, notices, events, alerts] = await Promise.all([
    listIntentHistory(db, accountId, id),
    listCertificateNotices(db, accountId, id),
    listCertificateTimelineEvents(db, accountId, id),
    listCertificateAlerts(db, accountId, id),
  ]);
  const entries = mergeTimeline({ certificate, intentChanges, notices, events, alerts, now: new Date() });
  return c.json({ certificateId: id, timeline: entries }, 200);
});
