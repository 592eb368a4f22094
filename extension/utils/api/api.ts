import type { z } from "zod";
import { WorkerError, type WorkerErrorKind } from "./api-error";
import {
  certificateAnswerSchema,
  certificateImportSchema,
  certificatePageSchema,
  errorBodySchema,
  healthSchema,
  timelineSchema,
  vendorsSchema,
  type ApiCertificate,
} from "./api-schemas";
import {
  classifyResultSchema,
  noticeDetailSchema,
  noticeListSchema,
  replySchema,
  storedNoticeSchema,
} from "./notice-schemas";
import type { Intent } from "../../../shared/inventory";
import type { NoticeInput } from "../messaging/messages";
import { isSecureWorkerUrl } from "./worker-url";
import { accountCalls } from "./account-api";

export interface WorkerTarget {
  workerUrl: string;
  token: string;
}

type Fetch = typeof fetch;

const PAGE_SIZE = 200;
/** A Worker that does not answer in this time counts as unreachable: the popup must not hang. */
const TIMEOUT_MS = 20_000;

/** A client for one account on one Certitude Worker; every answer is checked against its schema. */
export function createWorkerClient(target: WorkerTarget, fetchImpl: Fetch = (...args) => fetch(...args)) {
  /** One request with the token; an unreachable Worker throws, any answer is returned. */
  async function send(path: string, init: RequestInit, accept: string): Promise<Response> {
    // A connection saved before the rule, or written by hand, must not send the token in clear either.
    if (!isSecureWorkerUrl(target.workerUrl))
      throw new WorkerError("unreachable", `Refused to send the API token over plain http to ${target.workerUrl}`);
    const headers = new Headers(init.headers);
    headers.set("Authorization", `Bearer ${target.token}`);
    headers.set("Accept", accept);
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(new Error(`no answer within ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS);
    let response: Response;
    try {
      response = await fetchImpl(new URL(path, `${target.workerUrl}/`).toString(), {
        ...init,
        headers,
        signal: abort.signal,
      });
    } catch (cause) {
      throw new WorkerError("unreachable", `No answer from ${target.workerUrl}: ${String(cause)}`);
    } finally {
      clearTimeout(timer);
    }
    return response;
  }

  /** One request; the answer is parsed as JSON (none for 204) and checked against `schema`. */
  async function call<S extends z.ZodType>(path: string, schema: S, init: RequestInit = {}): Promise<z.output<S>> {
    const response = await send(path, init, "application/json");
    const body: unknown = response.status === 204 ? null : await response.json().catch(() => undefined);
    if (!response.ok) throw errorFrom(response.status, body);
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      throw new WorkerError(
        "not-certitude",
        `Unexpected answer from ${path}: ${parsed.error.issues[0]?.message ?? "not JSON"}`,
        response.status,
      );
    }
    return parsed.data;
  }

  /** A file the Worker serves (CSV, iCalendar) as a Blob; a refusal throws like `call`. */
  async function download(path: string): Promise<Blob> {
    const response = await send(path, {}, "*/*");
    if (!response.ok) throw errorFrom(response.status, await response.json().catch(() => undefined));
    return response.blob();
  }

  return {
    ...accountCalls(call),
    download,
    health: () => call("api/health", healthSchema),
    /** The cheapest authenticated call: proves the token belongs to an account. */
    verifyToken: () => call("api/certificates?limit=1&offset=0", certificatePageSchema),

    async listCertificates(): Promise<ApiCertificate[]> {
      const all: ApiCertificate[] = [];
      for (let offset = 0; ; offset += PAGE_SIZE) {
        const page = await call(`api/certificates?limit=${PAGE_SIZE}&offset=${offset}`, certificatePageSchema);
        all.push(...page.certificates);
        const total = page.total ?? all.length;
        if (page.certificates.length < PAGE_SIZE || all.length >= total) return all;
      }
    },

    setIntent: (id: string, intent: Intent, intentReason: string) =>
      call(
        `api/certificates/${encodeURIComponent(id)}`,
        certificateAnswerSchema,
        jsonInit("PATCH", { intent, intentReason }),
      ),

    importPem: (pem: string) =>
      call("api/certificates", certificateImportSchema, {
        method: "POST",
        headers: { "Content-Type": "application/x-pem-file" },
        body: pem,
      }),

    /** A DER file as its bytes: a certificate (.cer/.der) by default, or a PKCS#7 bundle with its media type. */
    importDer: (der: Uint8Array<ArrayBuffer>, mediaType = "application/pkix-cert") =>
      call("api/certificates", certificateImportSchema, {
        method: "POST",
        headers: { "Content-Type": mediaType },
        body: der,
      }),

    timeline: (id: string) => call(`api/certificates/${encodeURIComponent(id)}/timeline`, timelineSchema),
    vendors: () => call("api/vendors", vendorsSchema),
    notices: (query = "") => call(`api/notices${query ? `?${query}` : ""}`, noticeListSchema),
    notice: (id: string) => call(`api/notices/${encodeURIComponent(id)}`, noticeDetailSchema),
    reply: (id: string, lang: string) =>
      call(`api/notices/${encodeURIComponent(id)}/reply?lang=${encodeURIComponent(lang)}`, replySchema),
    /** Stores a raw email (RFC 822) as a notice; the Worker assesses it again with the account's data. */
    storeRawNotice: (raw: Uint8Array<ArrayBuffer>) =>
      call("api/notices", storedNoticeSchema, {
        method: "POST",
        headers: { "Content-Type": "message/rfc822" },
        body: raw,
      }),
    classify: (notice: NoticeInput, store: boolean) =>
      call(`api/classify${store ? "?store=1" : ""}`, classifyResultSchema, jsonInit("POST", notice)),
  };
}

export type WorkerClient = ReturnType<typeof createWorkerClient>;

/** The client's request function, handed to the groups of calls that live in their own files. */
export type Call = <S extends z.ZodType>(path: string, schema: S, init?: RequestInit) => Promise<z.output<S>>;

/** The request options of a JSON body. */
export function jsonInit(method: string, body: unknown): RequestInit {
  return { method, headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) };
}

function errorFrom(status: number, body: unknown): WorkerError {
  const parsed = errorBodySchema.safeParse(body);
  const kind: WorkerErrorKind =
    status === 401 || status === 403
      ? "unauthorized"
      : status === 404
        ? "not-found"
        : status >= 500
          ? "server"
          : "rejected";
  if (parsed.success) {
    // A token whose scope is too small is valid: the Worker's message names the scope needed.
    const refused = parsed.data.error.code === "forbidden" ? "rejected" : kind;
    return new WorkerError(refused, parsed.data.error.message, status, parsed.data.error.code);
  }
  // A 4xx without our error shape is some other server (a proxy, a different app).
  return new WorkerError(kind === "rejected" ? "not-certitude" : kind, `HTTP ${status}`, status);
}
