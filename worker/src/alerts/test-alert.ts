import type { Env } from "../env";
import { SENDERS, sendContext } from "./channels";
import type { ChannelConfig } from "./channels/types";
import type { Alert } from "./enqueue";

/** The outcome of the test message on one channel (`POST /api/alerts/test`). */
export interface TestDelivery {
  channel: string;
  ok: boolean;
  /** HTTP status the service answered; null for e-mail or when no answer came. */
  status: number | null;
  error: string | null;
}

/** A sample alert shaped like a real reminder, so each channel shows every field it would. */
export function testAlert(accountId: string, now: Date): Alert {
  const notAfter = new Date(now.getTime() + 14 * 86_400_000).toISOString();
  return {
    id: `test-${crypto.randomUUID()}`,
    accountId,
    certificateId: null,
    type: "test",
    dedupeKey: `test:${now.toISOString()}`,
    title: "Certitude test alert",
    message: "This is a test message from Certitude: alerts sent to this channel arrive. Nothing needs doing.",
    data: { daysLeft: 14, notAfter, intent: "renew", commonName: "test.certitude.example" },
    createdAt: now.toISOString(),
  };
}

/**
 * Sends the test alert to each channel now, all at once: a channel that fails, hangs until its
 * timeout or throws does not keep the others from being tried, and each answers for itself.
 */
export async function sendTestAlert(
  env: Env,
  accountId: string,
  channels: readonly ChannelConfig[],
  now: Date = new Date(),
): Promise<TestDelivery[]> {
  const alert = testAlert(accountId, now);
  const context = sendContext(env, accountId, now);
  return Promise.all(
    channels.map(async (channel): Promise<TestDelivery> => {
      try {
        const outcome = await SENDERS[channel.type].send(channel, [alert], context);
        return {
          channel: channel.id,
          ok: outcome.ok,
          status: outcome.status,
          error: outcome.ok ? null : outcome.error,
        };
      } catch (error) {
        return {
          channel: channel.id,
          ok: false,
          status: null,
          error: `${channel.type}: ${error instanceof Error ? error.message : String(error)}`,
        };
      }
    }),
  );
}
