import { i18n } from "#i18n";
import type { ApiSettings } from "../../../utils/api/account-schemas";
import { h, replaceChildren } from "../../../ui/element";
import { explainError } from "../../../ui/explain";
import type { DashboardContext } from "../context";

/** Reminder thresholds, the webhook, the alert e-mail and the forward address, saved together. */
export function channelsForm(settings: ApiSettings, context: DashboardContext): HTMLElement {
  const input = (id: string, value: string, attrs: Record<string, string> = {}) => {
    const node = h("input", { attrs: { id, ...attrs } });
    node.value = value;
    return node;
  };
  const thresholds = input("settings-thresholds", settings.expiryThresholds.join(", "), { inputmode: "numeric" });
  const webhookUrl = input("settings-webhook-url", settings.webhook?.url ?? "", {
    type: "url",
    placeholder: "https://hooks.example.com/certitude",
  });
  const format = h(
    "select",
    { attrs: { id: "settings-webhook-format" } },
    h("option", { text: i18n.t("settings.formatJson"), attrs: { value: "json" } }),
    h("option", { text: "Slack", attrs: { value: "slack" } }),
  );
  format.value = settings.webhook?.format ?? "json";
  const secret = input("settings-webhook-secret", "", {
    type: "password",
    autocomplete: "off",
    placeholder: settings.webhook?.secretSet ? i18n.t("settings.secretKept") : "",
  });
  const alertEmail = input("settings-alert-email", settings.alertEmail ?? "", { type: "email" });
  const forwardTo = input("settings-forward-to", settings.forwardTo ?? "", { type: "email" });
  const message = h("p", { attrs: { role: "status" } });

  async function save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const numbers = thresholds.value
      .split(/[\s,;]+/)
      .filter(Boolean)
      .map(Number);
    if (!numbers.length || numbers.some((n) => !Number.isInteger(n) || n < 1 || n > 365)) {
      message.className = "notice-bar error";
      return replaceChildren(message, i18n.t("settings.thresholdsInvalid"));
    }
    try {
      // The secret is write-only: sent only when typed; the Worker says when a signed webhook needs one.
      const webhook = webhookUrl.value.trim()
        ? { url: webhookUrl.value.trim(), format: format.value, ...(secret.value ? { secret: secret.value } : {}) }
        : null;
      await context.client!.saveSettings({
        expiryThresholds: numbers,
        webhook,
        alertEmail: alertEmail.value.trim() || null,
        forwardTo: forwardTo.value.trim() || null,
      });
      message.className = "notice-bar ok";
      replaceChildren(message, i18n.t("settings.saved"));
    } catch (error) {
      message.className = "notice-bar error";
      replaceChildren(message, explainError(error));
    }
  }

  const row = (id: string, label: string, node: HTMLElement) => [h("label", { attrs: { for: id }, text: label }), node];
  return h(
    "form",
    { class: "card", on: { submit: (e) => void save(e) } },
    h("h2", { text: i18n.t("settings.alertsTitle") }),
    h(
      "div",
      { class: "grid-form" },
      ...row("settings-thresholds", i18n.t("settings.thresholds"), thresholds),
      ...row("settings-webhook-url", i18n.t("settings.webhookUrl"), webhookUrl),
      ...row("settings-webhook-format", i18n.t("settings.webhookFormat"), format),
      ...row("settings-webhook-secret", i18n.t("settings.webhookSecret"), secret),
      ...row("settings-alert-email", i18n.t("settings.alertEmail"), alertEmail),
      ...row("settings-forward-to", i18n.t("settings.forwardTo"), forwardTo),
    ),
    h("p", { class: "quiet small", text: i18n.t("settings.forwardHint") }),
    h(
      "div",
      { class: "form-actions" },
      h("button", { class: "button primary", text: i18n.t("settings.save"), attrs: { type: "submit" } }),
    ),
    message,
  );
}
