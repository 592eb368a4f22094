import { z } from "@hono/zod-openapi";

/** The engine's verdict as stored and answered (shared/notice/types.ts `Assessment`). */
export const AssessmentSchema = z
  .looseObject({
    kind: z.enum(["expiry", "revocation", "payment", "other"]),
    certificate: z.string().nullable(),
    misleading: z.boolean(),
    spoofed: z.boolean(),
    reasons: z.array(z.looseObject({ code: z.string(), message: z.string() })),
    spoofReasons: z.array(z.looseObject({ code: z.string(), message: z.string() })),
    sender: z
      .looseObject({
        verification: z
          .enum(["authenticated", "unverified", "forged"])
          .optional()
          .describe(
            "authenticated: the receiver's verdicts or a verified DKIM signature vouch for the From domain; forged: spoofed; unverified: nothing vouches",
          ),
        verifiedBy: z.string().nullable().optional().describe("receiver, or dkim-signature d=<domain>"),
        impersonates: z
          .string()
          .nullable()
          .optional()
          .describe("The vendor a display name borrows while writing from another domain"),
        envelopeFrom: z.string().nullable().optional().describe("The SMTP envelope sender (Email Routing)"),
        replyTo: z.looseObject({ name: z.string(), address: z.string() }).nullable().optional(),
      })
      .optional(),
    language: z.string(),
    subject: z.string(),
    sentAt: z.string().nullable(),
    messageId: z.string().nullable(),
  })
  .openapi("Assessment");

export const NoticeSummarySchema = z
  .object({
    id: z.string(),
    messageId: z.string().nullable(),
    source: z.enum(["api", "classify", "email", "import"]),
    receivedAt: z.string(),
    sentAt: z.string().nullable(),
    datedAt: z.string().describe("sentAt when the Date: header was readable, else receivedAt"),
    from: z.object({ address: z.string().nullable(), name: z.string().nullable() }),
    subject: z.string(),
    vendor: z.string().nullable(),
    kind: z.string(),
    certificateId: z.string().nullable(),
    language: z.string(),
    misleading: z.boolean(),
    spoofed: z.boolean(),
    rawSize: z.number(),
    rawStored: z.boolean().describe("The raw message is kept only up to 1 MB"),
  })
  .openapi("NoticeSummary");

export const NoticeSchema = NoticeSummarySchema.extend({ textPreview: z.string() }).openapi("Notice");

export const NoticeDetailSchema = NoticeSchema.extend({ assessment: AssessmentSchema }).openapi("NoticeDetail");

/** The raw-email request body, for the OpenAPI document (read as bytes, not validated as JSON). */
export const rawEmailBody = {
  "message/rfc822": { schema: z.string().openapi({ format: "binary", description: "The raw email, up to 25 MB" }) },
};
