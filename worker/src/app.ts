import { OpenAPIHono, createRoute, z } from "@hono/zod-openapi";
import type { AppEnv } from "./app-env";
import { ApiError, errorBody, toErrorResponse } from "./errors";
import { applyConventions } from "./openapi-conventions";
import { declareAuthorization } from "./openapi-security";
import { accounts } from "./routes/accounts";
import { apiRoot } from "./routes/api-root";
import { certificateApi } from "./routes/certificate-api";
import { discover } from "./routes/discover";
import { alerts } from "./routes/alerts";
import { inboundAddresses } from "./routes/inbound-addresses";
import { classify } from "./routes/classify";
import { noticeApi } from "./routes/notice-api";
import { jsonResponse } from "./routes/responses";
import { settings } from "./routes/settings";
import { vendors } from "./routes/vendors";
import { tokens } from "./routes/tokens";
import { rejectInvalidRequest } from "./validation";

/** The Certitude API: every route under /api, one error shape, an OpenAPI document. */
export const app = new OpenAPIHono<AppEnv>({ defaultHook: rejectInvalidRequest });

const healthRoute = createRoute({
  method: "get",
  path: "/api/health",
  summary: "Liveness and version (no auth)",
  responses: { 200: jsonResponse(z.object({ ok: z.literal(true), version: z.string() }), "Up") },
});
app.openapi(healthRoute, (c) => c.json({ ok: true as const, version: c.env.APP_VERSION }, 200));

app.route("/api/accounts", accounts);
app.route("/api/tokens", tokens);
app.route("/api/certificates", certificateApi);
app.route("/api/discover", discover);
app.route("/api/settings", settings);
app.route("/api/inbound-addresses", inboundAddresses);
app.route("/api/notices", noticeApi);
app.route("/api/classify", classify);
app.route("/api/vendors", vendors);
app.route("/api/alerts", alerts);
app.route("/api", apiRoot);

app.openAPIRegistry.registerComponent("securitySchemes", "bearerAuth", {
  type: "http",
  scheme: "bearer",
  description:
    "An account API token. Each operation lists the scope it needs: read, write or owner (each includes the ones before).",
});
app.openAPIRegistry.registerComponent("securitySchemes", "adminAuth", {
  type: "http",
  scheme: "bearer",
  description: "The operator's ADMIN_TOKEN (a Worker secret of at least 32 characters).",
});
/** Operations anyone may call, without a token. */
const PUBLIC_PATHS = new Set(["/api/health", "/api/calendar/{file}"]);

app.get("/api/openapi.json", (c) =>
  c.json(
    declareAuthorization(
      applyConventions(
        app.getOpenAPI31Document({
          openapi: "3.1.0",
          info: {
            title: "Certitude API",
            version: c.env.APP_VERSION,
            description: "Certificate inventory with the owner's intent, vendor-notice intake and alerts.",
          },
          // The Worker that answers is the server, wherever it is deployed.
          servers: [{ url: new URL(c.req.url).origin, description: "This Worker" }],
        }),
        PUBLIC_PATHS,
      ),
    ),
  ),
);

app.notFound((c) => c.json(errorBody("not_found", `No route for ${c.req.method} ${c.req.path}.`), 404));

app.onError((err, c) => {
  const { status, body } = toErrorResponse(err);
  if (status === 415 && !(err instanceof ApiError)) {
    const type = c.req.header("content-type") || "(none)";
    body.error.message = `Content-Type ${type} is not accepted here; GET /api/openapi.json lists what each route takes.`;
  }
  // Only unexpected failures are logged, by name and message: never headers, bodies or tokens.
  if (status >= 500)
    console.error(
      `${c.req.method} ${c.req.path} failed:`,
      err instanceof Error ? err.name + ": " + err.message : String(err),
    );
  return c.json(body, status);
});
