import { MAX_EMAIL_BYTES } from "../../../shared/mime/errors";
import { findInboundAccount } from "../db/inbound-addresses";
import { getSettings } from "../db/settings";
import type { Env } from "../env";
import { ingestNotice } from "../notices/ingest";

/** Header Email Routing lets us add when forwarding (only X- headers are allowed). */
export const VERDICT_HEADER = "X-Certitude-Verdict";

/**
 * Cloudflare Email Routing: mail to an account's inbound address is assessed and filed as a
 * notice. With a forward address set, honest notices go on to it; misleading and spoofed ones
 * are held (kept on the timeline only). Unknown recipients and oversized messages are rejected.
 */
export async function email(message: ForwardableEmailMessage, env: Env, _ctx: ExecutionContext): Promise<void> {
  const accountId = await findInboundAccount(env.DB, message.to);
  if (!accountId) {
    message.setReject(`No Certitude notice address ${message.to}`);
    return;
  }
  if (message.rawSize > MAX_EMAIL_BYTES) {
    message.setReject(`Message of ${message.rawSize} bytes is over the ${MAX_EMAIL_BYTES}-byte (25 MB) limit`);
    return;
  }
  const raw = new Uint8Array(await new Response(message.raw).arrayBuffer());
  const settings = await getSettings(env.DB, accountId);
  let result;
  try {
    result = await ingestNotice(env, { accountId, raw, source: "email", receivedAt: new Date(), store: true });
  } catch (error) {
    // Never swallow mail: unassessed, it still reaches the ops mailbox, marked as such.
    console.error(`inbound mail to ${message.to} could not be assessed:`, error instanceof Error ? error.message : String(error));
    if (settings.forwardTo) {
      await message.forward(settings.forwardTo, new Headers({ [VERDICT_HEADER]: "unassessed" }));
      return;
    }
    throw error;
  }
  // A redelivery of a message already filed is not forwarded twice.
  if (!settings.forwardTo || !result.created) return;
  const { misleading, spoofed, kind } = result.assessment;
  if (misleading || spoofed) return;
  await message.forward(settings.forwardTo, new Headers({ [VERDICT_HEADER]: `honest; kind=${kind}` }));
}
