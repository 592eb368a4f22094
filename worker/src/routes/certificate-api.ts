import { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../app-env";
import { rejectInvalidRequest } from "../validation";
import { certificateImport } from "./certificate-import";
import { certificates } from "./certificates";
import { revocation } from "./revocation";
import { timeline } from "./timeline";

/**
 * Everything under `/api/certificates`, mounted once by app.ts. Order matters where paths
 * overlap: `/import` is routed before the inventory's `/{id}`.
 */
export const certificateApi = new OpenAPIHono<AppEnv>({ defaultHook: rejectInvalidRequest })
  .route("/", revocation)
  .route("/", timeline)
  .route("/", certificateImport)
  .route("/", certificates);
