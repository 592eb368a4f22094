import { localizeAssessment } from "../../../shared/notice/reasons";
import { readerLanguage } from "./reader-language";
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppEnv } from "../app-env";
import { getNotice, listNotices, type NoticeDetail } from "../db/notices";
import { ApiError } from "../errors";
import { requireAccount } from "../middleware/auth";
import { limitRawEmail } from "../middleware/raw-email-limit";
import { ingestNotice } from "../notices/ingest";
import { isRawEmailRequest, readRawEmail } from "../notices/raw-body";
import { rejectInvalidRequest } from "../validation";
import {
  AssessmentSchema,
  NoticeDetailSchema,
  NoticeSchema,
  NoticeSummarySchema,
  rawEmailBody,
} from "./notice-schemas";
import { IdParamsSchema, bearerAuth, errorResponses, jsonResponse } from "./responses";

const Stored = z.object({ notice: NoticeSchema, assessment: AssessmentSchema });

const postNoticeRoute = createRoute({
  method: "post",
  path: "/",
  summary: "Assess and store a raw vendor email (same Message-ID again: 200 with the stored notice)",
  security: bearerAuth,
  middleware: [limitRawEmail] as const,
  request: { body: { required: true, content: rawEmailBody } },
  responses: {
    201: jsonResponse(Stored, "Stored"),
    200: jsonResponse(Stored, "Already stored: the earlier notice"),
    ...errorResponses(400, 401, 413, 415),
  },
});

const flag = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");
const isoDate = z.union([z.iso.date(), z.iso.datetime({ offset: true })], {
  error: "Expected an ISO date (2026-04-01) or a date-time with Z or an offset (2026-04-01T10:00:00Z)",
});

const ListQuery = z.object({
  certificate: z.string().min(1).optional(),
  vendor: z.string().min(1).optional(),
  kind: z.enum(["expiry", "revocation", "payment", "other"]).optional(),
  misleading: flag.optional(),
  spoofed: flag.optional(),
  since: isoDate.optional().describe("Notices dated on or after (ISO date or date-time)"),
  until: isoDate.optional().describe("Notices dated before (ISO date or date-time)"),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

const listNoticesRoute = createRoute({
  method: "get",
  path: "/",
  summary: "The account's notices, newest first, filtered and paged",
  security: bearerAuth,
  request: { query: ListQuery },
  responses: {
    200: jsonResponse(
      z.object({ notices: z.array(NoticeSummarySchema), total: z.number(), limit: z.number(), offset: z.number() }),
      "A page of notices",
    ),
    ...errorResponses(400, 401),
  },
});

const getNoticeRoute = createRoute({
  method: "get",
  path: "/{id}",
  summary: "One notice with its full assessment and a text preview",
  security: bearerAuth,
  request: { params: IdParamsSchema },
  responses: { 200: jsonResponse(z.object({ notice: NoticeDetailSchema }), "The notice"), ...errorResponses(401, 404) },
});

/** A notice as answered on upload: the assessment beside it, not inside. */
function stored(notice: NoticeDetail, language: string) {
  const { assessment, ...rest } = notice;
  return { notice: rest, assessment: localizeAssessment(assessment, language) };
}

function toIso(value: string | undefined): string | undefined {
  return value === undefined ? undefined : new Date(value.length === 10 ? `${value}T00:00:00Z` : value).toISOString();
}

/** `/api/notices`: vendor emails as received and judged. */
export const notices = new OpenAPIHono<AppEnv>({ defaultHook: rejectInvalidRequest });
notices.use("*", requireAccount);

notices.openapi(postNoticeRoute, async (c) => {
  if (!isRawEmailRequest(c)) {
    throw new ApiError(415, "unsupported_media_type", "Send the raw email with Content-Type: message/rfc822.");
  }
  const raw = await readRawEmail(c);
  const result = await ingestNotice(c.env, {
    accountId: c.var.account.id,
    raw,
    source: "api",
    receivedAt: new Date(),
    store: true,
  });
  if (!result.notice) throw new Error("ingest with store did not return a notice");
  return c.json(stored(result.notice, readerLanguage(c)), result.created ? 201 : 200);
});

notices.openapi(listNoticesRoute, async (c) => {
  const { limit, offset, certificate, since, until, ...filter } = c.req.valid("query");
  const page = await listNotices(
    c.env.DB,
    c.var.account.id,
    { ...filter, certificateId: certificate, since: toIso(since), until: toIso(until) },
    { limit, offset },
  );
  return c.json({ ...page, limit, offset }, 200);
});

notices.openapi(getNoticeRoute, async (c) => {
  const notice = await getNotice(c.env.DB, c.var.account.id, c.req.valid("param").id);
  if (!notice) throw new ApiError(404, "not_found", "This account has no notice with that id.");
  return c.json({ notice: { ...notice, assessment: localizeAssessment(notice.assessment, readerLanguage(c)) } }, 200);
});
