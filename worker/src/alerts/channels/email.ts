import { composeMessage } from "../../mail/compose";
import type { Alert } from "../enqueue";
import { alertFacts, factLines } from "./format";
import type { ChannelSender, SendContext } from "./types";

/** Subject and plain-text body of one alert email carrying `alerts`. */
export function alertEmailContent(
  alerts: Alert[],
  context: Pick<SendContext, "link">,
): { subject: string; text: string } {
  const subject = alerts.length === 1 ? alerts[0].title : `Certitude: ${alerts.length} certificate alerts`;
  const text = alerts
    .map((alert) => {
      const facts = alertFacts(alert, context.link(alert));
      return [facts.title, "-".repeat(Math.min(facts.title.length, 72)), facts.message, ...factLines(facts), ""].join(
        "\n",
      );
    })
    .join("\n");
  return { subject, text: `${text}\n-- \nSent by Certitude. Change alert channels with PUT /api/settings.\n` };
}

/** Plain-text e-mail through the `send_email` binding (ALERT_EMAIL, from ALERT_FROM_ADDRESS). */
export const email: ChannelSender = {
  batchSize: 100,
  async send(config, alerts, context) {
    const to = config.to ?? "";
    const { binding, from } = context.email;
    const { subject, text } = alertEmailContent(alerts, context);
    const domain = from.split("@")[1] ?? "certitude.invalid";
    const raw = composeMessage({
      from,
      fromName: "Certitude",
      to,
      subject,
      date: context.now,
      messageId: `<${crypto.randomUUID()}@${domain}>`,
      text,
    });
    try {
      // Loaded when sending: the route table (and `npm run openapi`, outside workerd) reaches this file.
      const { EmailMessage } = await import("cloudflare:email");
      await binding.send(new EmailMessage(from, to, raw));
      return { ok: true, status: null };
    } catch (error) {
      return {
        ok: false,
        status: null,
        error: `email not sent: ${error instanceof Error ? error.message : String(error)}`,
      };
    }
  },
};
