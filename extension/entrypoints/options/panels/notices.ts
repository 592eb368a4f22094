import { i18n } from "#i18n";
import { noticeDate, senderText, type ApiNotice } from "../../../utils/api/notice-schemas";
import { h, replaceChildren } from "../../../ui/element";
import { explainError } from "../../../ui/explain";
import { formatDate, formatNumber } from "../../../ui/format";
import type { Panel } from "../context";
import { noticeDetail } from "./notice-detail";
import { emptyFilter, filterControls, noticeQuery, PAGE_SIZE } from "./notice-filters";
import { kindLabel, verdictChip } from "./verdict-chip";

// Kept across redraws, like the certificate filters.
const filter = emptyFilter();

/** Notices the Worker received, newest first, filtered and paged; one opens beside the list. */
export const noticesPanel: Panel = (context) => {
  const list = h("div", { class: "notice-list" });
  const detail = h("div", { class: "notice-detail-area" });
  const controls = h("div", {});
  let page: { notices: ApiNotice[]; total: number } | null = null;

  function open(notice: ApiNotice, row: HTMLElement): void {
    for (const r of list.querySelectorAll("tr.selected")) r.classList.remove("selected");
    row.classList.add("selected");
    replaceChildren(detail, noticeDetail(notice.id, context));
    // The detail stays in view beside the list (sticky); on a narrow window it sits below it.
    detail.scrollIntoView?.({ block: "nearest" });
  }

  function drawList(): void {
    if (!page) return;
    const needle = filter.search.trim().toLowerCase();
    const shown = needle
      ? page.notices.filter((n) => `${n.subject} ${senderText(n)} ${n.vendor ?? ""}`.toLowerCase().includes(needle))
      : page.notices;
    const from = page.total ? filter.offset + 1 : 0;
    const to = filter.offset + page.notices.length;
    const pager = h(
      "div",
      { class: "pager" },
      h("button", {
        class: "button",
        text: i18n.t("notices.previous"),
        attrs: { type: "button", ...(filter.offset ? {} : { disabled: "" }) },
        on: {
          click: () => {
            filter.offset = Math.max(0, filter.offset - PAGE_SIZE);
            void load();
          },
        },
      }),
      h("span", {
        class: "quiet",
        text: i18n.t("notices.range", [formatNumber(from), formatNumber(to), formatNumber(page.total)]),
      }),
      h("button", {
        class: "button",
        text: i18n.t("notices.next"),
        attrs: { type: "button", ...(to < page.total ? {} : { disabled: "" }) },
        on: {
          click: () => {
            filter.offset += PAGE_SIZE;
            void load();
          },
        },
      }),
    );
    replaceChildren(
      list,
      shown.length ? noticeTable(shown, open) : h("p", { class: "empty-state", text: i18n.t("notices.none") }),
      pager,
    );
  }

  async function load(): Promise<void> {
    replaceChildren(list, h("p", { class: "quiet", text: i18n.t("common.loading") }));
    try {
      page = await context.client!.notices(noticeQuery(filter));
      drawList();
    } catch (error) {
      replaceChildren(list, h("p", { class: "notice-bar error", text: explainError(error) }));
    }
  }

  void (async () => {
    // Vendors for the filter; without them the list still works.
    const vendors = await context.client!.vendors().then(
      (v) => v.vendors.map((x) => x.vendor),
      () => [],
    );
    replaceChildren(
      controls,
      filterControls(filter, vendors, (reload) => (reload ? void load() : drawList())),
    );
  })();
  void load();
  return h(
    "div",
    { class: "split" },
    h("section", { class: "card" }, h("h2", { text: i18n.t("notices.title") }), controls, list),
    detail,
  );
};

function noticeTable(notices: ApiNotice[], open: (notice: ApiNotice, row: HTMLElement) => void): HTMLElement {
  const rows = notices.map((notice) => {
    const row: HTMLElement = h(
      "tr",
      {
        attrs: { tabindex: "0", "data-id": notice.id },
        on: { click: () => open(notice, row), keydown: (e) => e.key === "Enter" && open(notice, row) },
      },
      h("td", { text: formatDate(noticeDate(notice)) }),
      h("td", {}, h("span", { class: "sender", text: senderText(notice) })),
      h("td", { text: notice.subject }),
      h("td", { text: kindLabel(notice.kind ?? notice.assessment?.kind) }),
      h("td", {}, verdictChip(notice)),
    );
    return row;
  });
  const headers = [
    i18n.t("notices.date"),
    i18n.t("notices.from"),
    i18n.t("notices.subject"),
    i18n.t("notices.kind"),
    i18n.t("notices.verdict"),
  ];
  return h(
    "table",
    { class: "data" },
    h("thead", {}, h("tr", {}, ...headers.map((text) => h("th", { text })))),
    h("tbody", {}, ...rows),
  );
}
