import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { AppEnv } from "../app-env";
import { generateToken, hashToken } from "../auth/tokens";
import { expiryCalendar } from "../calendar/expiry-calendar";
import { createCalendarFeed, findFeedAccount, listCalendarFeeds, revokeCalendarFeed } from "../db/calendar-feeds";
import { listAllCertificates } from "../db/certificate-list";
import { getSettings } from "../db/settings";
import { ApiError } from "../errors";
import { requireAccount } from "../middleware/auth";
import { rejectInvalidRequest } from "../validation";
import { IdParamsSchema, bearerAuth, errorResponses, jsonResponse } from "./responses";

const FeedSchema = z
  .object({ id: z.string(), createdAt: z.string(), revokedAt: z.string().nullable() })
  .openapi("CalendarFeed");
const calendarBody = { content: { "text/calendar": { schema: z.string() } } };

const calendarRoute = createRoute({
  method: "get",
  path: "/calendar.ics",
  summary: "Every certificate expiry as an iCalendar event, with reminders (VALARM) at the account's thresholds",
  middleware: [requireAccount] as const,
  security: bearerAuth,
  responses: { 200: { description: "text/calendar", ...calendarBody }, ...errorResponses(401) },
});

const listFeedsRoute = createRoute({
  method: "get",
  path: "/calendar/feeds",
  summary: "The account's secret calendar feeds (never their URLs)",
  middleware: [requireAccount] as const,
  security: bearerAuth,
  responses: { 200: jsonResponse(z.object({ feeds: z.array(FeedSchema) }), "Feeds"), ...errorResponses(401) },
});

const createFeedRoute = createRoute({
  method: "post",
  path: "/calendar/feeds",
  summary: "Create a secret feed URL a calendar app can subscribe to without a token",
  middleware: [requireAccount] as const,
  security: bearerAuth,
  responses: {
    201: jsonResponse(
      z.object({ feed: FeedSchema, url: z.string().describe("Shown once; only the secret's SHA-256 is kept.") }),
      "Feed created",
    ),
    ...errorResponses(401),
  },
});

const revokeFeedRoute = createRoute({
  method: "delete",
  path: "/calendar/feeds/{id}",
  summary: "Revoke a feed: its URL answers 404 from now on",
  middleware: [requireAccount] as const,
  security: bearerAuth,
  request: { params: IdParamsSchema },
  responses: { 200: jsonResponse(z.object({ feed: FeedSchema }), "Feed revoked"), ...errorResponses(401, 404) },
});

const feedRoute = createRoute({
  method: "get",
  path: "/calendar/{file}",
  summary: "A secret feed: the same calendar as /api/calendar.ics, authorised by the secret in its URL",
  request: {
    params: z.object({ file: z.string().openapi({ param: { name: "file", in: "path" }, example: "cal_….ics" }) }),
  },
  responses: { 200: { description: "text/calendar", ...calendarBody }, ...errorResponses(404) },
});

async function calendarResponse(c: Context<AppEnv>, accountId: string, accountName: string): Promise<Response> {
  const now = new Date();
  const [certificates, settings] = await Promise.all([
    listAllCertificates(c.env.DB, accountId, now),
    getSettings(c.env.DB, accountId),
  ]);
  return c.body(expiryCalendar(accountName, certificates, settings.expiryThresholds, now), 200, {
    "Content-Type": "text/calendar; charset=utf-8",
    "Cache-Control": "private, no-store",
  });
}

/** `/api/calendar.ics`, `/api/calendar/feeds` and the secret `/api/calendar/<secret>.ics`. */
export const calendar = new OpenAPIHono<AppEnv>({ defaultHook: rejectInvalidRequest })
  .openapi(calendarRoute, (c) => calendarResponse(c, c.var.account.id, c.var.account.name) as never)
  .openapi(listFeedsRoute, async (c) => c.json({ feeds: await listCalendarFeeds(c.env.DB, c.var.account.id) }, 200))
  .openapi(createFeedRoute, async (c) => {
    const secret = generateToken().replace(/^ctk_/, "cal_");
    const feed = await createCalendarFeed(c.env.DB, c.var.account.id, await hashToken(secret));
    return c.json({ feed, url: new URL(`/api/calendar/${secret}.ics`, c.req.url).toString() }, 201);
  })
  .openapi(revokeFeedRoute, async (c) => {
    const feed = await revokeCalendarFeed(c.env.DB, c.var.account.id, c.req.valid("param").id);
    if (!feed) throw new ApiError(404, "not_found", "No calendar feed with this id in your account.");
    return c.json({ feed }, 200);
  })
  .openapi(feedRoute, async (c) => {
    const match = /^(cal_[A-Za-z0-9_-]{20,100})\.ics$/.exec(c.req.valid("param").file);
    // Unknown, malformed and revoked secrets answer alike: nothing tells them apart.
    const owner = match && (await findFeedAccount(c.env.DB, await hashToken(match[1])));
    if (!owner) throw new ApiError(404, "not_found", "No such calendar feed (it may have been revoked).");
    return calendarResponse(c, owner.accountId, owner.accountName) as never;
  });
