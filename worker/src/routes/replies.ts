import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppEnv } from "../app-env";
import { rowToRecord } from "../db/certificate-rows";
import { getCertificateRow } from "../db/certificates";
import { getNotice } from "../db/notices";
import { ApiError } from "../errors";
import { requireAccount } from "../middleware/auth";
import { composeReply, REPLY_LANGUAGES, replyFacts, replyLanguage, replyRecipient } from "../../../shared/replies";
import { rejectInvalidRequest } from "../validation";
import { IdParamsSchema, bearerAuth, errorResponses, jsonResponse } from "./responses";

const ReplySchema = z
  .object({
    language: z.string(),
    to: z
      .string()
      .nullable()
      .describe(
        "The vendor's support address from the registry, else the notice's sender; null when the sender is spoofed or a no-reply mailbox",
      ),
    subject: z.string(),
    body: z.string(),
    warning: z.string().nullable(),
  })
  .openapi("Reply");

const replyRoute = createRoute({
  method: "get",
  path: "/{id}/reply",
  summary: "A firm, polite reply to the vendor built from the facts, in the notice's language or ?lang=",
  security: bearerAuth,
  request: {
    params: IdParamsSchema,
    query: z.object({ lang: z.enum(REPLY_LANGUAGES as [string, ...string[]]).optional() }),
  },
  responses: { 200: jsonResponse(ReplySchema, "The reply"), ...errorResponses(400, 401, 404, 422) },
  description:
    "422 `no_certificate` when the notice names no owned certificate; 422 `nothing_to_dispute` when it contradicts nothing on record (an honest notice gets no reply).",
});

/** `GET /api/notices/:id/reply`, mounted beside the notice routes. */
export const replies = new OpenAPIHono<AppEnv>({ defaultHook: rejectInvalidRequest });
replies.use("/:id/reply", requireAccount);

replies.openapi(replyRoute, async (c) => {
  const accountId = c.var.account.id;
  const notice = await getNotice(c.env.DB, accountId, c.req.valid("param").id);
  if (!notice) throw new ApiError(404, "not_found", "This account has no notice with that id.");
  const row = notice.certificateId ? await getCertificateRow(c.env.DB, accountId, notice.certificateId) : null;
  if (!row) {
    throw new ApiError(
      422,
      "no_certificate",
      "The notice names none of the account's certificates, so there are no facts to reply with.",
    );
  }
  const language = replyLanguage(c.req.valid("query").lang, notice.language);
  const certificate = rowToRecord(row);
  const reply = composeReply(
    language,
    replyFacts(
      language,
      { ...notice, claims: notice.assessment.claims, reasons: notice.assessment.reasons },
      certificate,
      c.var.account.name,
    ),
  );
  if (!reply) {
    throw new ApiError(
      422,
      "nothing_to_dispute",
      "The notice contradicts nothing on record about the certificate, so there is nothing to reply.",
    );
  }
  const spoofed = notice.spoofed;
  const recipient = replyRecipient(
    notice.assessment.sender.claimedVendor ?? certificate.vendor,
    notice.from.address,
    spoofed,
  );
  return c.json(
    {
      language,
      to: recipient.to,
      ...reply,
      warning: spoofed
        ? "The notice was spoofed: do not answer its sender; write to the vendor's real support address."
        : recipient.to
          ? null
          : "The notice came from a no-reply address and the vendor's support address is not in the registry: write through the vendor's support site.",
    },
    200,
  );
});
