import { z } from "@hono/zod-openapi";
import { isInstant } from "../iso-date";

/** Cells of an export's rows, as the Worker writes them. */

export const text = z.string().max(100_000);
export const optionalText = text.nullable().optional();
/** ISO 8601, as every date column is written (they sort and compare as text). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/, "must be an ISO 8601 date")
  .refine(isInstant, "must be a real date");
export const id = z.uuid({ message: "must be a UUID" });
export const flag = z.union([z.literal(0), z.literal(1)], { message: "must be 0 or 1" });
export const count = z.int().min(0);

/** A column that holds JSON: parsed, then checked with `schema`. */
export function json<T extends z.ZodType>(schema: T, what: string) {
  return z.string().transform((value, ctx) => {
    try {
      const parsed = schema.safeParse(JSON.parse(value));
      if (parsed.success) return value;
    } catch {
      // Reported below, as one message for both: a cell that is not JSON and one of the wrong shape.
    }
    ctx.addIssue({ code: "custom", message: `must be ${what}` });
    return z.NEVER;
  });
}

export const stringList = json(z.array(z.string().max(10_000)).max(10_000), "a JSON array of strings");
export const jsonObject = json(z.record(z.string(), z.unknown()), "a JSON object");
