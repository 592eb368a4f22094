import { i18n } from "#i18n";
import { INTENTS, type Intent } from "../../../../shared/inventory";
import { displayHostname } from "../../../../shared/x509/hostname";
import type { ApiCertificate } from "../../../utils/api/api-schemas";
import { askBackground } from "../../../overlay/ask-background";
import { daysLeft } from "../../../utils/policy/urgency";
import { h, replaceChildren } from "../../../ui/element";
import { formatDate, formatDaysLeft, intentLabel, statusLabel } from "../../../ui/format";
import type { DashboardContext } from "../context";
import { timelineSection } from "./timeline";
import { certificateActions } from "./certificate-checks";

/** One certificate: its facts, a form to change the intent with a reason, and its timeline. */
export function certificateDetail(certificate: ApiCertificate, context: DashboardContext): HTMLElement {
  const facts: [string, string][] = [
    [
      i18n.t("detail.names"),
      (certificate.sans.length ? certificate.sans : [certificate.commonName]).map(displayHostname).join(", "),
    ],
    [i18n.t("certificates.vendor"), certificate.vendor ?? "—"],
    [i18n.t("detail.issuer"), certificate.issuerCN ?? "—"],
    [i18n.t("detail.validity"), `${formatDate(certificate.notBefore)} – ${formatDate(certificate.notAfter)}`],
    [i18n.t("certificates.expires"), formatDaysLeft(daysLeft(certificate, context.now))],
    [i18n.t("certificates.status"), statusLabel(certificate.status)],
    [i18n.t("detail.autoRenew"), certificate.autoRenew ? i18n.t("detail.yes") : i18n.t("detail.no")],
    [i18n.t("detail.orders"), certificate.orderNumbers.join(", ") || "—"],
    [i18n.t("detail.serial"), certificate.serialNumber ?? "—"],
  ];
  return h(
    "aside",
    { class: "card detail", attrs: { "aria-label": certificate.commonName } },
    h(
      "div",
      { class: "detail-head" },
      h("h2", { text: displayHostname(certificate.commonName) }),
      h("button", {
        class: "button small",
        text: i18n.t("detail.close"),
        on: { click: () => context.navigate("certificates") },
      }),
    ),
    h(
      "dl",
      { class: "facts" },
      ...facts.flatMap(([term, value]) => [h("dt", { text: term }), h("dd", { text: value })]),
    ),
    certificateActions(certificate, context),
    intentForm(certificate, context),
    timelineSection(certificate.id, context),
  );
}

function intentForm(certificate: ApiCertificate, context: DashboardContext): HTMLElement {
  const select = h(
    "select",
    { attrs: { id: "intent-select" } },
    ...INTENTS.map((intent) => h("option", { text: intentLabel(intent), attrs: { value: intent } })),
  );
  select.value = certificate.intent;
  const reason = h("textarea", {
    attrs: { id: "intent-reason", rows: "2", placeholder: i18n.t("detail.reasonPlaceholder") },
  });
  reason.value = certificate.intentReason ?? "";
  const message = h("p", { attrs: { role: "status" } });
  const save = h("button", { class: "button primary", text: i18n.t("detail.save"), attrs: { type: "submit" } });

  async function onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (!reason.value.trim()) {
      message.className = "notice-bar error";
      return replaceChildren(message, i18n.t("detail.reasonRequired"));
    }
    save.disabled = true;
    const answer = await askBackground({
      type: "set-intent",
      certificateId: certificate.id,
      intent: select.value as Intent,
      reason: reason.value.trim(),
    });
    save.disabled = false;
    if (!answer.ok) {
      message.className = "notice-bar error";
      return replaceChildren(message, answer.error);
    }
    await context.reload();
  }

  return h(
    "form",
    { class: "intent-form", on: { submit: (event) => void onSubmit(event) } },
    h("h3", { text: i18n.t("detail.intentTitle") }),
    h("label", { attrs: { for: "intent-select" }, text: i18n.t("certificates.intent") }),
    select,
    h("label", { attrs: { for: "intent-reason" }, text: i18n.t("detail.reason") }),
    reason,
    h("div", { class: "form-actions" }, save),
    message,
  );
}
