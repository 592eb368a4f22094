import type { Alert } from "../enqueue";
import { alertFacts } from "./format";
import { postJson } from "./post";
import type { ChannelSender, SendContext } from "./types";

/**
 * Microsoft Teams through a Workflows (Power Automate) webhook, "When a Teams webhook request is
 * received": a message with one Adaptive Card attachment. Card text is plain (TextBlock), so
 * vendor text cannot inject markup beyond Markdown, which TextBlock renders harmlessly.
 */
export function teamsBody(alerts: Alert[], context: Pick<SendContext, "link">) {
  const body = alerts.flatMap((alert) => {
    const facts = alertFacts(alert, context.link(alert));
    return [
      { type: "TextBlock", text: facts.title, weight: "Bolder", size: "Medium", wrap: true, separator: true },
      { type: "TextBlock", text: facts.message, wrap: true },
      ...(facts.fields.length
        ? [{ type: "FactSet", facts: facts.fields.map((f) => ({ title: f.name, value: f.value })) }]
        : []),
      ...(facts.link
        ? [{ type: "ActionSet", actions: [{ type: "Action.OpenUrl", title: "Open the certificate", url: facts.link }] }]
        : []),
    ];
  });
  return {
    type: "message",
    attachments: [
      {
        contentType: "application/vnd.microsoft.card.adaptive",
        contentUrl: null,
        content: {
          $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
          type: "AdaptiveCard",
          version: "1.4",
          body,
        },
      },
    ],
  };
}

/** Teams workflow webhook (`https://…logic.azure.com/workflows/…` or `…powerplatform.com…`). */
export const teams: ChannelSender = {
  batchSize: 10,
  send: (config, alerts, context) => postJson("teams", config.url ?? "", teamsBody(alerts, context), context.limits),
};
