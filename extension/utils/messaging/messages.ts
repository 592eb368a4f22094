import { z } from "zod";
import type { ApiCertificate } from "../api/api-schemas";
import type { ClassifyResult, StoredNotice } from "../api/notice-schemas";

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

/** The largest message source a content script may hand over (the readers stop at 4 MiB too). */
const MAX_SOURCE_CHARS = 4 * 1024 * 1024;
/** Only DKIM key names may be looked up: the background is no general DNS oracle for web pages. */
const DKIM_KEY_NAME =
  /^(?:[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?\.)+_domainkey(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+\.?$/i;

export const requestSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("get-state") }),
  z.object({ type: z.literal("classify-store"), notice: noticeInputSchema }),
  z.object({
    type: z.literal("set-intent"),
    certificateId: z.string().min(1),
    intent: z.enum(["renew", "let-lapse", "undecided"]),
    reason: z.string(),
  }),
  // "Save to timeline" for a message whose source was read: the source itself, as a forward would send it.
  z.object({ type: z.literal("store-source"), raw: z.string().min(1).max(MAX_SOURCE_CHARS) }),
  // A DKIM key lookup (`<selector>._domainkey.<domain>` TXT) over DNS-over-HTTPS.
  z.object({ type: z.literal("dns-txt"), name: z.string().max(253).regex(DKIM_KEY_NAME) }),
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
  "store-source": StoredNotice;
  /** The resolver's DNS JSON answer, as it sent it (read with `queryTxt`). */
  "dns-txt": { answer: unknown };
  refresh: StateAnswer;
}

export type Failure = { ok: false; error: string };
export type Answer<T extends Request["type"]> = ({ ok: true } & AnswerMap[T]) | Failure;
