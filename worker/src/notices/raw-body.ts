import type { Context } from "hono";
import { ApiError } from "../errors";

/** Whether the request says it carries a raw email. */
export function isRawEmailRequest(c: Context): boolean {
  const type = (c.req.header("content-type") ?? "").split(";")[0].trim().toLowerCase();
  return type === "message/rfc822";
}

/** The request body as raw email bytes; a 400 when it is empty. */
export async function readRawEmail(c: Context): Promise<Uint8Array> {
  const raw = new Uint8Array(await c.req.arrayBuffer());
  if (raw.byteLength === 0)
    throw new ApiError(400, "empty_email", "The body is empty; send the raw email (RFC 822) as the body.");
  return raw;
}
