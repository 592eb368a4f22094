import type { OpenAPIHonoOptions, z } from "@hono/zod-openapi";
import type { AppEnv } from "./app-env";
import { ApiError } from "./errors";

/** Turns zod issues into one readable sentence: `intent: Invalid option ...; name: Required`. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length ? issue.path.join(".") : "body"}: ${issue.message}`)
    .join("; ");
}

/** Throws a 400 `invalid_request` naming what was wrong with the input. */
export function rejectIssues(target: string, error: z.ZodError): never {
  throw new ApiError(400, "invalid_request", `Invalid ${target}: ${describeIssues(error)}`);
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
