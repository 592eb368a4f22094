import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";

/** The one error body every route answers with: `{"error": {"code", "message"}}`. */
export interface ErrorBody {
  error: { code: string; message: string };
}

/**
 * A client-facing error: thrown anywhere in a route, turned into
 * `{"error": {"code", "message"}}` with `status` by `app.onError`.
 */
export class ApiError extends HTTPException {
  readonly code: string;

  constructor(status: ContentfulStatusCode, code: string, message: string) {
    super(status, { message });
    this.code = code;
  }
}

/** Codes for Hono's own HTTPExceptions (malformed JSON, wrong content type, body limit). */
const CODE_BY_STATUS: Record<number, string> = {
  400: "bad_request",
  401: "unauthorized",
  403: "forbidden",
  404: "not_found",
  405: "method_not_allowed",
  409: "conflict",
  413: "payload_too_large",
  415: "unsupported_media_type",
  422: "unprocessable",
};

/** Status and body for any thrown value; unknown errors become a bare 500 `internal`. */
export function toErrorResponse(err: unknown): { status: ContentfulStatusCode; body: ErrorBody } {
  if (err instanceof ApiError) {
    return { status: err.status as ContentfulStatusCode, body: errorBody(err.code, err.message) };
  }
  if (err instanceof HTTPException) {
    const status = err.status as ContentfulStatusCode;
    const code = CODE_BY_STATUS[status] ?? (status >= 500 ? "internal" : "bad_request");
    return { status, body: errorBody(code, err.message || code) };
  }
  return { status: 500, body: errorBody("internal", "Something went wrong on our side.") };
}

/** Builds an error body. */
export function errorBody(code: string, message: string): ErrorBody {
  return { error: { code, message } };
}

/** An error's name and message, for logs only: never put it in an answer, it may be D1's own text. */
export function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
