/**
 * Why a call to the Worker failed, in the terms the UI explains to a person:
 * - unreachable: no HTTP answer at all (wrong URL, Worker down, offline, permission refused)
 * - unauthorized: the Worker rejected the API token (401, or a 403 without our error shape)
 * - not-certitude: something answered, but not like a Certitude Worker
 * - not-found: the route or the record does not exist (404), e.g. a Worker without that feature yet
 * - rejected: the Worker refused the input (other 4xx) with its own message, or the token's scope
 *   (403 `forbidden`, the message names the scope needed)
 * - server: the Worker failed (5xx)
 */
export type WorkerErrorKind = "unreachable" | "unauthorized" | "not-certitude" | "not-found" | "rejected" | "server";

export class WorkerError extends Error {
  constructor(
    readonly kind: WorkerErrorKind,
    message: string,
    readonly status?: number,
    readonly code?: string,
  ) {
    super(message);
    this.name = "WorkerError";
  }
}

export function isWorkerError(error: unknown): error is WorkerError {
  return error instanceof WorkerError;
}
