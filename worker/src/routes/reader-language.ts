import type { Context } from "hono";
import { pickLanguage } from "../../../shared/notice/reasons";

/** The language reasons are written in for this request: `?lang=`, else Accept-Language, else English. */
export function readerLanguage(c: Context): string {
  return pickLanguage(c.req.header("accept-language"), c.req.query("lang"));
}
