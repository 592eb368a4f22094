import type { OpenAPIHonoOptions, z } from "@hono/zod-openapi";
import type { AppEnv } from "./app-env";
import { ApiError } from "./errors";

/**
 * Turns zod issues into one readable sentence: `intent: Invalid option ...; name: Required`.
 * An issue of the whole input (an unknown key, an array for an object) has no field to name.
 */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => (issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message))
    .join("; ");
}

/** Throws a 400 `invalid_request` naming what was wrong with the input (hono's `json` target is the body). */
export function rejectIssues(target: string, error: z.ZodError): never {
  const what = target === "json" ? "body" : target;
  throw new ApiError(400, "invalid_request", `Invalid ${what}: ${describeIssues(error)}`);
}

/** Parses `input` with `schema`, or throws the 400 that says which field was wrong. */
export function parseOrReject<S extends z.ZodType>(schema: S, input: unknown, target = "body"): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) rejectIssues(target, result.error);
  return result.data;
}

/**
 * Default hook of every OpenAPIHono app: a failed zod validation of params, query or body
 * becomes the shared error shape instead of the raw zod result.
 */
export const rejectInvalidRequest: NonNullable<OpenAPIHonoOptions<AppEnv>["defaultHook"]> = (result) => {
  if (!result.success) rejectIssues(result.target, result.error);
};
