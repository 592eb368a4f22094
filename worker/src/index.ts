import { Hono } from "hono";
import type { Env } from "./env";

const app = new Hono<{ Bindings: Env }>();
app.get("/api/health", (c) => c.json({ ok: true, version: c.env.APP_VERSION }));

export default { fetch: app.fetch } satisfies ExportedHandler<Env>;
