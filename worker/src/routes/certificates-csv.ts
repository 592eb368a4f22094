import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppEnv } from "../app-env";
import { certificatesCsv } from "../spreadsheet/certificates-csv";
import { listAllCertificates } from "../db/certificate-list";
import { requireAccount } from "../middleware/auth";
import { bearerAuth, errorResponses } from "./responses";

const csvRoute = createRoute({
  method: "get",
  path: "/certificates.csv",
  summary: "Every certificate as a spreadsheet (RFC 4180 CSV; cells that would run as formulas start with ')",
  middleware: [requireAccount] as const,
  security: bearerAuth,
  responses: {
    200: { description: "text/csv", content: { "text/csv": { schema: z.string() } } },
    ...errorResponses(401),
  },
});

/** `GET /api/certificates.csv`. */
export const certificatesCsvRoute = new OpenAPIHono<AppEnv>().openapi(csvRoute, async (c) => {
  const certificates = await listAllCertificates(c.env.DB, c.var.account.id, new Date());
  return c.body(certificatesCsv(certificates), 200, {
    "Content-Type": "text/csv; charset=utf-8; header=present",
    "Content-Disposition": `attachment; filename="certificates-${new Date().toISOString().slice(0, 10)}.csv"`,
  }) as never;
});
