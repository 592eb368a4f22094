import { i18n } from "#i18n";
import { noticeDate, senderText, type ApiNotice } from "../../../utils/notice-schemas";
import { h, replaceChildren } from "../../../ui/element";
import { explainError } from "../../../ui/explain";
import { formatDate } from "../../../ui/format";
import type { Panel } from "../context";
import { noticeDetail } from "./notice-detail";
import { verdictChip } from "./verdict-chip";

/** Notices the Worker received, newest first; one opens with its assessment and a reply draft. */
export const noticesPanel: Panel = (context) => {
  const list = h("div", { class: "notice-list" }, h("p", { class: "quiet", text: i18n.t("common.loading") }));
  const detail = h("div", { class: "notice-detail-area" });

  function open(notice: ApiNotice, row: HTMLElement): void {
    list.querySelectorAll("tr.selected").forEach((r) => r.classList.remove("selected"));
    row.classList.add("selected");
    replaceChildren(detail, noticeDetail(notice.id, context));
  }

  void (async () => {
    try {
      const { notices } = await context.client!.notices("limit=100");
      if (!notices.length) return replaceChildren(list, h("p", { class: "empty-state", text: i18n.t("notices.none") }));
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
      const head = h("tr", {}, ...["notices.date", "notices.from", "notices.subject", "notices.verdict"].map((key) => h("th", { text: i18n.t(key as "notices.date") })));
      replaceChildren(list, h("table", { class: "data" }, h("thead", {}, head), h("tbody", {}, ...rows)));
    } catch (error) {
      replaceChildren(list, h("p", { class: "notice-bar", text: explainError(error) }));
    }
  })();

  return h("div", { class: "split" }, h("section", { class: "card" }, h("h2", { text: i18n.t("notices.title") }), list), detail);
};
