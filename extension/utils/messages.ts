import { z } from "zod";
import type { ApiCertificate } from "./api-schemas";
import type { ClassifyResult } from "./notice-schemas";

// Messages between content scripts / extension pages and the background. Only the background
// talks to the Worker on behalf of content scripts (pages on https cannot reach a loopback Worker).

/** A webmail message as a content script reads it. */
export const noticeInputSchema = z.object({
  from: z.string(),
  subject: z.string(),
  date: z.string(),
  text: z.string(),
  html: z.string().optional(),
  headers: z.record(z.string(), z.union([z.string(), z.array(z.string())])).optional(),
});
export type NoticeInput = z.infer<typeof noticeInputSchema>;

export const requestSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("get-state") }),
  z.object({ type: z.literal("classify-store"), notice: noticeInputSchema }),
  z.object({
    type: z.literal("set-intent"),
    certificateId: z.string().min(1),
    intent: z.enum(["renew", "let-lapse", "undecided"]),
    reason: z.string(),
  }),
  // Extension pages only: refresh the cache now (popup "refresh", after connect or import).
  z.object({ type: z.literal("refresh") }),
]);
export type Request = z.infer<typeof requestSchema>;

export interface StateAnswer {
  connected: boolean;
  certificates: ApiCertificate[];
  fetchedAt: string | null;
}

/** The answer for each request type; every answer is `{ok: true, ...} | {ok: false, error}`. */
export interface AnswerMap {
  "get-state": StateAnswer;
  "classify-store": ClassifyResult;
  "set-intent": { certificate: ApiCertificate };
  refresh: StateAnswer;
}

export type Failure = { ok: false; error: string };
export type Answer<T extends Request["type"]> = ({ ok: true } & AnswerMap[T]) | Failure;
