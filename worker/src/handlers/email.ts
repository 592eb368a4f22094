import { MAX_EMAIL_BYTES } from "../../../shared/mime/errors";
import { findInboundAccount } from "../db/inbound-addresses";
import { getSettings } from "../db/settings";
import type { Env } from "../env";
import { ingestNotice } from "../notices/ingest";
import type { Assessment } from "../../../shared/notice/types";

/** Header Email Routing lets us add when forwarding (only X- headers are allowed). */
export const VERDICT_HEADER = "X-Certitude-Verdict";

/**
 * The verdict a forwarded notice carries: `honest` only when the sender is authenticated (the
 * receiver's verdicts or a DKIM signature we verified) or claims to be no vendor at all;
 * `unverified` for a vendor's name that nothing vouches for.
 */
function forwardVerdict(assessment: Assessment): string {
  const { sender, kind } = assessment;
  const unverified = sender.claimedVendor !== null && sender.verification !== "authenticated";
  return `${unverified ? "unverified" : "honest"}; kind=${kind}`;
}

/**
 * Cloudflare Email Routing: mail to an account's inbound address is assessed and filed as a
 * notice, its DKIM signatures verified. With a forward address set, notices that are neither
 * misleading nor forged go on to it, marked honest or unverified; misleading and forged ones are
 * held (kept on the timeline only). Unknown recipients and oversized messages are rejected.
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
  let result: Awaited<ReturnType<typeof ingestNotice>>;
  try {
    result = await ingestNotice(env, {
      accountId,
      raw,
      source: "email",
      receivedAt: new Date(),
      store: true,
      envelopeFrom: message.from,
      verifyDkim: true,
    });
  } catch (error) {
    // Never swallow mail: unassessed, it still reaches the ops mailbox, marked as such.
    console.error(
      `inbound mail to ${message.to} could not be assessed:`,
      error instanceof Error ? error.message : String(error),
    );
    if (settings.forwardTo) {
      await message.forward(settings.forwardTo, new Headers({ [VERDICT_HEADER]: "unassessed" }));
      return;
    }
    throw error;
  }
  // A redelivery of a message already filed is not forwarded twice. Forged and misleading notices
  // are held: they stay on the timeline with their reasons and never reach the ops mailbox.
  if (!settings.forwardTo || !result.created) return;
  if (result.assessment.misleading || result.assessment.spoofed) return;
  await message.forward(settings.forwardTo, new Headers({ [VERDICT_HEADER]: forwardVerdict(result.assessment) }));
}
