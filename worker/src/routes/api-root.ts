import { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../app-env";
import { rejectInvalidRequest } from "../validation";
import { calendar } from "./calendar";
import { certificatesCsvRoute } from "./certificates-csv";
import { exportImport } from "./export";

/** The routes directly under `/api`, mounted once by app.ts: export/import, calendar feeds, CSV. */
export const apiRoot = new OpenAPIHono<AppEnv>({ defaultHook: rejectInvalidRequest })
  .route("/", exportImport)
  .route("/", calendar)
  .route("/", certificatesCsvRoute);
