import { EmailMessage } from "cloudflare:email";
import { composeMessage } from "../mail/compose";
import type { Alert } from "./enqueue";
import type { DeliveryOutcome } from "./webhook";

/** Subject and plain-text body of one alert email carrying `alerts`. */
export function alertEmailContent(alerts: Alert[]): { subject: string; text: string } {
  const subject = alerts.length === 1 ? alerts[0].title : `Certitude: ${alerts.length} certificate alerts`;
  const text = alerts.map((a) => `${a.title}\n${"-".repeat(Math.min(a.title.length, 72))}\n${a.message}\n`).join("\n");
  return { subject, text: `${text}\n-- \nSent by Certitude. Change alert channels with PUT /api/settings.\n` };
}

/** Sends alerts as one plain-text email through the `send_email` binding. */
export async function sendAlertEmail(
  binding: SendEmail,
  from: string,
  to: string,
  alerts: Alert[],
  now: Date,
): Promise<DeliveryOutcome> {
  const { subject, text } = alertEmailContent(alerts);
  const domain = from.split("@")[1] ?? "certitude.invalid";
  const raw = composeMessage({
    from,
    fromName: "Certitude",
    to,
    subject,
    date: now,
    messageId: `<${crypto.randomUUID()}@${domain}>`,
    text,
  });
  try {
    await binding.send(new EmailMessage(from, to, raw));
    return { ok: true };
  } catch (error) {
    return { ok: false, error: `email not sent: ${error instanceof Error ? error.message : String(error)}` };
  }
}
