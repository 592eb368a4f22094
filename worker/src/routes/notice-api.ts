import { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../app-env";
import { rejectInvalidRequest } from "../validation";
import { notices } from "./notices";
import { replies } from "./replies";

/** Everything under `/api/notices`, mounted once by app.ts: the notices and their replies. */
export const noticeApi = new OpenAPIHono<AppEnv>({ defaultHook: rejectInvalidRequest })
  .route("/", notices)
  .route("/", replies);
