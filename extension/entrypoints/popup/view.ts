import { i18n } from "#i18n";
import type { ApiCertificate } from "../../utils/api/api-schemas";
import { daysLeftLabel } from "../../ui/days-left";
import { h } from "../../ui/element";
import { explainProblem } from "../../ui/explain";
import { formatAge, intentLabel } from "../../ui/format";
import type { PopupModel } from "./model";

export interface PopupActions {
  openDashboard(): void;
  /** Opens the dashboard on one certificate (`options.html#certificates/<id>`). */
  openCertificate(id: string): void;
  refresh(): void;
}

/** The popup's content for one model. */
export function renderPopup(model: PopupModel, now: Date, actions: PopupActions, refreshing = false): HTMLElement[] {
  const dashboardButton = h("button", {
    class: "button primary",
    text: i18n.t("popup.openDashboard"),
    on: { click: actions.openDashboard },
  });
  const header = h(
    "header",
    { class: "popup-header" },
    h("h1", {}, h("img", { attrs: { src: "/icon/32.png", alt: "", width: "20", height: "20" } }), i18n.t("extName")),
    statusLine(model, now, refreshing),
  );

  switch (model.kind) {
    case "not-connected":
      return [
        header,
        h("section", { class: "empty" }, h("p", { text: i18n.t("popup.notConnected") }), dashboardButton),
      ];
    case "loading":
      return [header, h("section", { class: "empty" }, h("p", { text: i18n.t("popup.loading") }))];
    case "failed":
      return [
        header,
        h(
          "section",
          { class: "empty" },
          h("p", { class: "problem", text: explainProblem(model.problem) }),
          dashboardButton,
        ),
      ];
    case "ready":
      return [
        header,
        model.problem
          ? h("p", { class: "notice-bar", attrs: { role: "status" }, text: explainProblem(model.problem) })
          : null,
        h(
          "section",
          { class: "tiles" },
          tile(model.summary.needAction, i18n.t("popup.needAction"), model.summary.needAction > 0 ? "alert" : "calm"),
          tile(model.summary.lapsedAsPlanned, i18n.t("popup.lapsedAsPlanned"), "neutral"),
          tile(
            model.misleadingThisMonth ?? "—",
            i18n.t("popup.misleadingThisMonth"),
            model.misleadingThisMonth ? "warn" : "neutral",
          ),
        ),
        h("h2", { text: i18n.t("popup.mostUrgent") }),
        model.urgent.length
          ? h("ol", { class: "urgent" }, ...model.urgent.map((c) => urgentRow(c, now, actions)))
          : h("p", { class: "quiet", text: i18n.t("popup.nothingUrgent") }),
        h(
          "footer",
          { class: "popup-footer" },
          h("button", {
            class: "button",
            text: i18n.t("popup.refresh"),
            attrs: refreshing ? { disabled: "" } : {},
            on: { click: actions.refresh },
          }),
          dashboardButton,
        ),
      ].filter((node): node is HTMLElement => node !== null);
  }
}

function statusLine(model: PopupModel, now: Date, refreshing: boolean): HTMLElement {
  if (refreshing) return h("span", { class: "status", text: i18n.t("popup.refreshing") });
  if (model.kind !== "ready") return h("span", { class: "status" });
  const age = formatAge(model.fetchedAt, now);
  const text = model.problem ? i18n.t("popup.offlineCached", [age]) : i18n.t("popup.updated", [age]);
  return h("span", { class: model.problem ? "status offline" : "status", text });
}

function tile(value: number | string, label: string, tone: string): HTMLElement {
  return h("div", { class: `tile ${tone}` }, h("strong", { text: String(value) }), h("span", { text: label }));
}

function urgentRow(certificate: ApiCertificate, now: Date, actions: PopupActions): HTMLElement {
  return h(
    "li",
    {},
    h(
      "div",
      { class: "who" },
      h("a", {
        class: "domain",
        text: certificate.commonName,
        attrs: {
          href: `/options.html#certificates/${encodeURIComponent(certificate.id)}`,
          title: certificate.sans.join(", "),
        },
        on: { click: (event) => (event.preventDefault(), actions.openCertificate(certificate.id)) },
      }),
      daysLeftLabel(certificate, now),
    ),
    h("span", { class: `chip intent-${certificate.intent}`, text: intentLabel(certificate.intent) }),
  );
}
