import { i18n } from "#i18n";
import type { ApiAlert, TestDelivery } from "../../../utils/api/account-schemas";
import { h, replaceChildren } from "../../../ui/element";
import { explainError } from "../../../ui/explain";
import { formatDate, labelOf } from "../../../ui/format";
import type { Panel } from "../context";

const PAGE = 50;
const DELIVERY_LABELS: Record<string, () => string> = {
  delivered: () => i18n.t("alerts.delivered"),
  failed: () => i18n.t("alerts.failed"),
  abandoned: () => i18n.t("alerts.abandoned"),
};

/** Alerts the cron raised, each channel's delivery, and a test message through every channel. */
export const alertsPanel: Panel = (context) => {
  const list = h("div", {}, h("p", { class: "quiet", text: i18n.t("common.loading") }));
  const testResult = h("div", { attrs: { "aria-live": "polite", "data-test-result": "" } });
  let offset = 0;

  async function load(): Promise<void> {
    try {
      const { alerts } = await context.client!.alerts(PAGE, offset);
      const pager = h(
        "div",
        { class: "pager" },
        h("button", {
          class: "button",
          text: i18n.t("notices.previous"),
          attrs: { type: "button", ...(offset ? {} : { disabled: "" }) },
          on: {
            click: () => {
              offset -= PAGE;
              void load();
            },
          },
        }),
        h("button", {
          class: "button",
          text: i18n.t("notices.next"),
          attrs: { type: "button", ...(alerts.length === PAGE ? {} : { disabled: "" }) },
          on: {
            click: () => {
              offset += PAGE;
              void load();
            },
          },
        }),
      );
      replaceChildren(
        list,
        alerts.length ? alertTable(alerts) : h("p", { class: "empty-state", text: i18n.t("alerts.none") }),
        offset || alerts.length === PAGE ? pager : null,
      );
    } catch (error) {
      replaceChildren(list, h("p", { class: "notice-bar error", text: explainError(error) }));
    }
  }

  const testButton = h("button", {
    class: "button primary",
    text: i18n.t("alerts.sendTest"),
    attrs: { type: "button" },
    on: {
      click: async () => {
        testButton.disabled = true;
        replaceChildren(testResult, h("p", { class: "quiet", text: i18n.t("common.loading") }));
        try {
          const { deliveries } = await context.client!.testAlert();
          replaceChildren(
            testResult,
            deliveries.length
              ? h("ul", { class: "section-list" }, ...deliveries.map(testItem))
              : h("p", { class: "notice-bar", text: i18n.t("alerts.noChannels") }),
          );
        } catch (error) {
          replaceChildren(testResult, h("p", { class: "notice-bar error", text: explainError(error) }));
        } finally {
          testButton.disabled = false;
        }
      },
    },
  });
  void load();
  return h(
    "div",
    { class: "stack wide" },
    h(
      "section",
      { class: "card" },
      h("h2", { text: i18n.t("alerts.testTitle") }),
      h("p", { class: "quiet", text: i18n.t("alerts.testIntro") }),
      h("div", { class: "form-actions" }, testButton),
      testResult,
    ),
    h("section", { class: "card" }, h("h2", { text: i18n.t("alerts.title") }), list),
  );
};

function testItem(delivery: TestDelivery): HTMLElement {
  const detail = [delivery.status ? `HTTP ${delivery.status}` : "", delivery.error ?? ""].filter(Boolean).join(" · ");
  return h(
    "li",
    { attrs: { "data-channel": delivery.channel, "data-ok": String(delivery.ok) } },
    h("strong", { text: delivery.channel }),
    h("span", {
      class: delivery.ok ? "chip honest" : "chip misleading",
      text: delivery.ok ? i18n.t("alerts.delivered") : i18n.t("alerts.failed"),
    }),
    detail ? h("span", { class: "quiet", text: detail }) : null,
  );
}

function alertTable(alerts: ApiAlert[]): HTMLElement {
  const rows = alerts.map((alert) =>
    h(
      "tr",
      { attrs: { "data-id": alert.id } },
      h("td", { text: formatDate(alert.createdAt) }),
      h("td", {}, h("strong", { text: alert.title }), h("div", { class: "quiet small", text: alert.message })),
      h(
        "td",
        {},
        alert.deliveries.length
          ? h(
              "ul",
              { class: "deliveries" },
              ...alert.deliveries.map((d) =>
                h("li", {
                  class: `chip ${d.status === "delivered" ? "honest" : "misleading"}`,
                  attrs: { title: d.lastError ?? "" },
                  text: `${d.channel}: ${labelOf(DELIVERY_LABELS, d.status)}`,
                }),
              ),
            )
          : h("span", { class: "quiet", text: i18n.t("alerts.waiting") }),
      ),
    ),
  );
  const headers = [i18n.t("notices.date"), i18n.t("alerts.alert"), i18n.t("alerts.deliveries")];
  return h(
    "table",
    { class: "data" },
    h("thead", {}, h("tr", {}, ...headers.map((text) => h("th", { text })))),
    h("tbody", {}, ...rows),
  );
}
