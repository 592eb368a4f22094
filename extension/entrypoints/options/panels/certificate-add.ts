import { i18n } from "#i18n";
import { INTENTS } from "../../../../shared/inventory";
import { h, replaceChildren } from "../../../ui/element";
import { explainError } from "../../../ui/explain";
import { intentLabel } from "../../../ui/format";
import type { DashboardContext } from "../context";

// The last answer survives the redraw that follows a successful add.
let lastMessage: { text: string; tone: string } | null = null;

const list = (value: string) =>
  value
    .split(/[\s,]+/)
    .map((v) => v.trim())
    .filter(Boolean);

/** A manual record: a certificate known by its names and end date, no PEM at hand. */
export function addRecordForm(context: DashboardContext): HTMLElement {
  const field = (id: string, label: string, input: HTMLElement) => [
    h("label", { attrs: { for: id }, text: label }),
    input,
  ];
  const commonName = h("input", { attrs: { id: "record-cn", required: "", placeholder: "shop.example.com" } });
  const sans = h("input", { attrs: { id: "record-sans", placeholder: "shop.example.com, www.shop.example.com" } });
  const notAfter = h("input", { attrs: { id: "record-not-after", type: "date", required: "" } });
  const vendor = h("input", { attrs: { id: "record-vendor" } });
  const orders = h("input", { attrs: { id: "record-orders" } });
  const intent = h(
    "select",
    { attrs: { id: "record-intent" } },
    ...INTENTS.map((i) => h("option", { text: intentLabel(i), attrs: { value: i } })),
  );
  intent.value = "undecided";
  const message = h("p", { class: lastMessage?.tone ?? "", attrs: { role: "status" }, text: lastMessage?.text ?? "" });
  lastMessage = null;

  async function submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const names = list(sans.value);
    try {
      const stored = await context.client!.createRecord({
        commonName: commonName.value.trim(),
        sans: names.length ? names : [commonName.value.trim()],
        notAfter: notAfter.value,
        ...(vendor.value.trim() ? { vendor: vendor.value.trim() } : {}),
        ...(orders.value.trim() ? { orderNumbers: list(orders.value) } : {}),
        intent: intent.value,
      });
      lastMessage = {
        tone: "notice-bar ok",
        text: i18n.t("add.saved", [stored.certificates.map((c) => c.commonName).join(", ")]),
      };
      message.className = lastMessage.tone;
      replaceChildren(message, lastMessage.text);
      await context.refresh();
    } catch (error) {
      message.className = "notice-bar error";
      replaceChildren(message, explainError(error));
    }
  }

  return h(
    "form",
    { class: "card", attrs: { "aria-label": i18n.t("add.title") }, on: { submit: (e) => void submit(e) } },
    h("h2", { text: i18n.t("add.title") }),
    h(
      "div",
      { class: "grid-form" },
      ...field("record-cn", i18n.t("add.commonName"), commonName),
      ...field("record-sans", i18n.t("add.sans"), sans),
      ...field("record-not-after", i18n.t("add.notAfter"), notAfter),
      ...field("record-vendor", i18n.t("certificates.vendor"), vendor),
      ...field("record-orders", i18n.t("detail.orders"), orders),
      ...field("record-intent", i18n.t("certificates.intent"), intent),
    ),
    h(
      "div",
      { class: "form-actions" },
      h("button", { class: "button primary", text: i18n.t("add.save"), attrs: { type: "submit" } }),
    ),
    message,
  );
}
