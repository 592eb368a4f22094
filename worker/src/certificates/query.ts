import { z } from "@hono/zod-openapi";
import { IntentSchema } from "./schema";

/** Query of `GET /api/certificates`. */
export const ListQuerySchema = z.strictObject({
  status: z.enum(["active", "expiring", "expired", "lapsed", "superseded"]).optional(),
  intent: IntentSchema.optional(),
  expiringWithinDays: z.coerce
    .number()
    .int()
    .min(0)
    .max(3650)
    .optional()
    .describe("notAfter within this many days from now (not yet expired)."),
  q: z
    .string()
    .trim()
    .min(1)
    .max(253)
    .optional()
    .describe(
      "A domain (wildcard aware: `foo.example.com` finds `*.example.com`), part of a name, an IP, an order or serial number.",
    ),
  order: z.enum(["asc", "desc"]).default("asc").describe("By notAfter."),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

/** A parsed list query. */
export type ListQuery = z.output<typeof ListQuerySchema>;
