import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppEnv } from "../app-env";
import { ApiError } from "../errors";
import { requireAccount } from "../middleware/auth";
import { limitRawEmail } from "../middleware/raw-email-limit";
import { ingestNotice } from "../notices/ingest";
import { isRawEmailRequest, readRawEmail } from "../notices/raw-body";
import { webmailToRaw } from "../notices/webmail-message";
import { rejectInvalidRequest } from "../validation";
import { localizeAssessment } from "../../../shared/notice/reasons";
import { AssessmentSchema, NoticeSchema, rawEmailBody } from "./notice-schemas";
import { readerLanguage } from "./reader-language";
import { bearerAuth, errorResponses, jsonResponse } from "./responses";

const WebmailMessageSchema = z
  .strictObject({
    from: z.string().min(1).max(1000),
    subject: z.string().max(10_000),
    date: z.string().max(200),
    text: z.string(),
    html: z.string().optional(),
    headers: z.record(z.string().max(200), z.union([z.string(), z.array(z.string())])).optional(),
  })
  .openapi("WebmailMessage");

const classifyRoute = createRoute({
  method: "post",
  path: "/",
  summary: "Assess an email without storing it (?store=1 stores it as a notice too)",
  description: "Body: the raw email (`message/rfc822`) or the fields a webmail page shows (JSON).",
  security: bearerAuth,
  middleware: [limitRawEmail] as const,
  request: {
    query: z.object({ store: z.enum(["0", "1", "true", "false"]).optional(), lang: z.string().max(35).optional() }),
    // Not "required": the JSON validator then runs only for JSON bodies, and raw emails pass untouched.
    body: { required: false, content: { ...rawEmailBody, "application/json": { schema: WebmailMessageSchema } } },
  },
  responses: {
    200: jsonResponse(
      z.object({
        assessment: AssessmentSchema,
        notice: z.union([NoticeSchema, z.null()]).describe("null unless ?store=1 stored it."),
        noticeId: z.string().nullable(),
      }),
      "The assessment (and the notice when stored)",
    ),
    ...errorResponses(400, 401, 413, 415),
  },
});

/** `/api/classify`: the engine's verdict for the extension, optionally kept as a notice. */
export const classify = new OpenAPIHono<AppEnv>({ defaultHook: rejectInvalidRequest });
classify.use("*", requireAccount);

classify.openapi(classifyRoute, async (c) => {
  const store = ["1", "true"].includes(c.req.valid("query").store ?? "");
  const rawEmail = isRawEmailRequest(c);
  if (!rawEmail && !(c.req.header("content-type") ?? "").toLowerCase().startsWith("application/json")) {
    throw new ApiError(
      415,
      "unsupported_media_type",
      "Send message/rfc822 (the raw email) or application/json (from, subject, date, text).",
    );
  }
  // Validated above for JSON bodies; parsed again only to narrow the type (the route also declares raw bodies).
  const raw = rawEmail ? await readRawEmail(c) : webmailToRaw(WebmailMessageSchema.parse(c.req.valid("json")));
  const source = rawEmail ? "api" : "classify";
  const result = await ingestNotice(c.env, { accountId: c.var.account.id, raw, source, receivedAt: new Date(), store });
  const notice = result.notice && (({ assessment: _, ...rest }) => rest)(result.notice);
  // Reasons in the reader's language (?lang=, else Accept-Language); codes and facts stay as stored.
  return c.json(
    { assessment: localizeAssessment(result.assessment, readerLanguage(c)), notice, noticeId: notice?.id ?? null },
    200,
  );
});
