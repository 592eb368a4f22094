import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppEnv } from "../app-env";
import { DAY_MS } from "../alerts/thresholds";
import { type LapsePressure, lapsePressure, vendorTotals } from "../db/vendor-pressure";
import { requireAccount } from "../middleware/auth";
import { rejectInvalidRequest } from "../validation";
import { bearerAuth, errorResponses, jsonResponse } from "./responses";

const LapseSchema = z.object({
  certificateId: z.string(),
  commonName: z.string(),
  notAfter: z.string(),
  intentSetAt: z
    .string()
    .nullable()
    .describe("When the intent changed to let-lapse; null when the record was created with it"),
  notices: z.number(),
  noticesAfterIntent: z.number(),
  misleading: z.number(),
  lastNoticeAt: z.string(),
  daysMailingAfterExpiry: z
    .number()
    .describe("Days from expiry to the vendor's last notice; 0 when it stopped before expiry"),
});

const VendorSchema = z
  .object({
    vendor: z.string(),
    notices: z.number(),
    misleading: z.number(),
    spoofed: z.number(),
    impersonations: z
      .number()
      .describe(
        "Forged notices that used this vendor's name: counted in the row of the domain they came from, never in this vendor's notices",
      ),
    firstNoticeAt: z.string(),
    lastNoticeAt: z.string(),
    letLapse: z.array(LapseSchema),
  })
  .openapi("VendorPressure");

const vendorsRoute = createRoute({
  method: "get",
  path: "/",
  summary:
    "Vendor pressure: notices per vendor, misleading ones, and how long vendors keep mailing about certificates let lapse",
  security: bearerAuth,
  responses: {
    200: jsonResponse(z.object({ vendors: z.array(VendorSchema) }), "Per vendor, most notices first"),
    ...errorResponses(401),
  },
});

function persistence(row: LapsePressure): z.infer<typeof LapseSchema> {
  const { vendor: _, ...rest } = row;
  const after = Math.floor((Date.parse(row.lastNoticeAt) - Date.parse(row.notAfter)) / DAY_MS);
  return { ...rest, daysMailingAfterExpiry: Math.max(0, after) };
}

/** `/api/vendors`: how hard each vendor presses, and for how long. */
export const vendors = new OpenAPIHono<AppEnv>({ defaultHook: rejectInvalidRequest });
vendors.use("*", requireAccount);

vendors.openapi(vendorsRoute, async (c) => {
  const [totals, lapses] = await Promise.all([
    vendorTotals(c.env.DB, c.var.account.id),
    lapsePressure(c.env.DB, c.var.account.id),
  ]);
  const list = totals.map((total) => ({
    ...total,
    letLapse: lapses.filter((l) => l.vendor === total.vendor).map(persistence),
  }));
  return c.json({ vendors: list }, 200);
});
