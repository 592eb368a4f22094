import { i18n } from "#i18n";
import { noticeDate, senderText, type ApiNotice } from "../../../utils/notice-schemas";
import { h, replaceChildren } from "../../../ui/element";
import { explainError } from "../../../ui/explain";
import { formatDate } from "../../../ui/format";
import type { Panel } from "../context";
import { noticeDetail } from "./notice-detail";
import { verdictChip } from "./verdict-chip";

const PAGE = 100;

// Kept across redraws, like the certificate filters.
const filter = { misleading: false, spoofed: false };

/** The Worker's list query for the chips that are on. */
function noticeQuery(chips: typeof filter): string {
  const params = new URLSearchParams({ limit: String(PAGE) });
  if (chips.misleading) params.set("misleading", "true");
  if (chips.spoofed) params.set("spoofed", "true");
  return params.toString();
}

/** Notices the Worker received, newest first; one opens with its assessment and a reply draft. */
export const noticesPanel: Panel = (context) => {
  const list = h("div", { class: "notice-list" });
  const detail = h("div", { class: "notice-detail-area" });
  const chips = h("div", { class: "chips" });

  function drawChips(): void {
    const chip = (label: string, key: keyof typeof filter) =>
      h("button", {
        class: filter[key] ? "filter-chip pressed" : "filter-chip",
        text: label,
        attrs: { type: "button", "aria-pressed": String(filter[key]) },
        on: { click: () => ((filter[key] = !filter[key]), drawChips(), void load()) },
      });
    replaceChildren(chips, chip(i18n.t("notices.misleading"), "misleading"), chip(i18n.t("notices.spoofed"), "spoofed"));
  }

  function open(notice: ApiNotice, row: HTMLElement): void {
    list.querySelectorAll("tr.selected").forEach((r) => r.classList.remove("selected"));
    row.classList.add("selected");
    replaceChildren(detail, noticeDetail(notice.id, context));
  }

  async function load(): Promise<void> {
    replaceChildren(list, h("p", { class: "quiet", text: i18n.t("common.loading") }));
    try {
      const { notices, total } = await context.client!.notices(noticeQuery(filter));
      if (!notices.length) return replaceChildren(list, h("p", { class: "empty-state", text: i18n.t("notices.none") }));
      replaceChildren(
        list,
        h("p", { class: "quiet count", text: i18n.t("notices.count", [String(notices.length), String(total)]) }),
        noticeTable(notices, open),
      );
    } catch (error) {
      replaceChildren(list, h("p", { class: "notice-bar", text: explainError(error) }));
    }
  }

  drawChips();
  void load();
  return h(
    "div",
    { class: "split" },
    h("section", { class: "card" }, h("h2", { text: i18n.t("notices.title") }), h("div", { class: "toolbar" }, chips), list),
    detail,
  );
};

function noticeTable(notices: ApiNotice[], open: (notice: ApiNotice, row: HTMLElement) => void): HTMLElement {
  const rows = notices.map((notice) => {
    const row: HTMLElement = h(
      "tr",
      { attrs: { tabindex: "0" }, on: { click: () => open(notice, row), keydown: (e) => e.key === "Enter" && open(notice, row) } },
      h("td", { text: formatDate(noticeDate(notice)) }),
      h("td", {}, h("span", { class: "sender", text: senderText(notice) })),
      h("td", { text: notice.subject }),
      h("td", {}, verdictChip(notice)),
    );
    return row;
  });
  const headers = [i18n.t("notices.date"), i18n.t("notices.from"), i18n.t("notices.subject"), i18n.t("notices.verdict")];
  return h("table", { class: "data" }, h("thead", {}, h("tr", {}, ...headers.map((text) => h("th", { text })))), h("tbody", {}, ...rows));
}

