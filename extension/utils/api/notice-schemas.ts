import { z } from "zod";

// Notices as the Worker stores them, and the engine's assessment of each. Loose objects: the
// dashboard shows the fields it knows and keeps the rest.

const reasonSchema = z.looseObject({ code: z.string(), message: z.string() });

export const assessmentSchema = z.looseObject({
  kind: z.string(),
  misleading: z.boolean(),
  spoofed: z.boolean().optional(),
  certificate: z.string().nullish(),
  reasons: z.array(reasonSchema).default([]),
  spoofReasons: z.array(reasonSchema).default([]),
  subject: z.string().optional(),
  language: z.string().optional(),
});
export type ApiAssessment = z.infer<typeof assessmentSchema>;

export const noticeSchema = z.looseObject({
  id: z.string(),
  subject: z.string().default(""),
  from: z.union([z.string(), z.looseObject({ address: z.string().nullish(), name: z.string().nullish() })]).nullish(),
  vendor: z.string().nullish(),
  spoofed: z.boolean().optional(),
  datedAt: z.string().optional(),
  textPreview: z.string().optional(),
  kind: z.string().optional(),
  misleading: z.boolean().optional(),
  certificateId: z.string().nullish(),
  receivedAt: z.string().optional(),
  sentAt: z.string().nullish(),
  createdAt: z.string().optional(),
  assessment: assessmentSchema.optional(),
});
export type ApiNotice = z.infer<typeof noticeSchema>;

/** `GET /api/notices`: a page of notices and, from the Worker, how many match in all. */
export const noticeListSchema = z.union([
  z
    .looseObject({ notices: z.array(noticeSchema), total: z.number().int().nonnegative().optional() })
    .transform((body) => ({ notices: body.notices, total: body.total ?? body.notices.length })),
  z.array(noticeSchema).transform((notices) => ({ notices, total: notices.length })),
]);

export const noticeDetailSchema = z.union([
  z.looseObject({ notice: noticeSchema }).transform((body) => body.notice),
  noticeSchema,
]);

/** A reply draft: `{subject, body}`, with the address to write to (null for a spoofed sender) and a warning. */
export const replySchema = z
  .looseObject({
    subject: z.string().optional(),
    body: z.string().optional(),
    text: z.string().optional(),
    to: z.string().nullish(),
    warning: z.string().nullish(),
  })
  .refine((reply) => reply.body !== undefined || reply.text !== undefined, "a reply has a body or text")
  .transform((reply) => ({
    subject: reply.subject ?? "",
    body: reply.body ?? reply.text ?? "",
    to: reply.to ?? null,
    warning: reply.warning ?? null,
  }));
export type ReplyDraft = z.infer<typeof replySchema>;

export const classifyResultSchema = z.union([
  z.looseObject({ assessment: assessmentSchema, noticeId: z.string().nullish() }),
  assessmentSchema.transform((assessment) => ({ assessment, noticeId: null })),
]);
export type ClassifyResult = z.infer<typeof classifyResultSchema>;

/** `POST /api/notices`: the stored notice with its assessment beside it. */
export const storedNoticeSchema = z.looseObject({ notice: noticeSchema, assessment: assessmentSchema });
export type StoredNotice = z.infer<typeof storedNoticeSchema>;

/** When a notice arrived, whichever of its dates the Worker filled in. */
export function noticeDate(notice: ApiNotice): string | undefined {
  return notice.datedAt ?? notice.sentAt ?? notice.receivedAt ?? notice.createdAt ?? undefined;
}

/** Whether the notice was judged misleading, from its own flag or its assessment. */
export function isMisleading(notice: ApiNotice): boolean {
  return notice.misleading ?? notice.assessment?.misleading ?? false;
}

/** The sender as a person reads it: `Name <address>`, or whichever part is known. */
export function senderText(notice: ApiNotice): string {
  const from = notice.from;
  if (!from) return "";
  if (typeof from === "string") return from;
  if (from.name && from.address) return `${from.name} <${from.address}>`;
  return from.name ?? from.address ?? "";
}
