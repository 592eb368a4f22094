import { i18n } from "#i18n";
import { h } from "../../../ui/element";
import { kindLabel } from "./verdict-chip";

const KINDS = ["expiry", "revocation", "payment", "other"];

/** What the notice list asks the Worker for; kept across redraws like the certificate filters. */
export interface NoticeFilter {
  vendor: string;
  kind: string;
  since: string;
  until: string;
  misleading: boolean;
  spoofed: boolean;
  /** Narrows the shown page by subject or sender (the Worker has no text search). */
  search: string;
  offset: number;
}

export const PAGE_SIZE = 50;

export function emptyFilter(): NoticeFilter {
  return { vendor: "", kind: "", since: "", until: "", misleading: false, spoofed: false, search: "", offset: 0 };
}

/** The Worker's list query for a filter. */
export function noticeQuery(filter: NoticeFilter): string {
  const params = new URLSearchParams({ limit: String(PAGE_SIZE), offset: String(filter.offset) });
  if (filter.vendor) params.set("vendor", filter.vendor);
  if (filter.kind) params.set("kind", filter.kind);
  if (filter.since) params.set("since", filter.since);
  // "until" is exclusive at the Worker; the reader means the whole day they chose.
  if (filter.until) params.set("until", new Date(Date.parse(filter.until) + 86_400_000).toISOString().slice(0, 10));
  if (filter.misleading) params.set("misleading", "true");
  if (filter.spoofed) params.set("spoofed", "true");
  return params.toString();
}

/**
 * The filter controls, drawn once (typing keeps its focus). They change `filter` in place and
 * call `changed(true)` when the Worker must be asked again, `changed(false)` for the search.
 */
export function filterControls(
  filter: NoticeFilter,
  vendors: string[],
  changed: (reload: boolean) => void,
): HTMLElement {
  const update = (patch: Partial<NoticeFilter>) => {
    Object.assign(filter, patch, { offset: 0 });
    changed(true);
  };
  const select = (label: string, value: string, options: [string, string][], key: "vendor" | "kind") => {
    const node = h(
      "select",
      { attrs: { "aria-label": label, "data-filter": key }, on: { change: () => update({ [key]: node.value }) } },
      h("option", { text: label, attrs: { value: "" } }),
      ...options.map(([v, text]) => h("option", { text, attrs: { value: v } })),
    );
    node.value = value;
    return node;
  };
  const date = (label: string, key: "since" | "until") => {
    const node = h("input", {
      attrs: { type: "date", "aria-label": label, "data-filter": key },
      on: { change: () => update({ [key]: node.value }) },
    });
    node.value = filter[key];
    return h("label", { class: "date-filter" }, `${label} `, node);
  };
  const chip = (label: string, key: "misleading" | "spoofed") => {
    const node = h("button", {
      class: filter[key] ? "filter-chip pressed" : "filter-chip",
      text: label,
      attrs: { type: "button", "aria-pressed": String(filter[key]) },
      on: {
        click: () => {
          node.classList.toggle("pressed", !filter[key]);
          node.setAttribute("aria-pressed", String(!filter[key]));
          update({ [key]: !filter[key] });
        },
      },
    });
    return node;
  };
  const search = h("input", {
    attrs: { type: "search", placeholder: i18n.t("notices.search"), "aria-label": i18n.t("notices.search") },
    on: {
      input: () => {
        filter.search = search.value;
        changed(false);
      },
    },
  });
  search.value = filter.search;
  return h(
    "div",
    { class: "toolbar" },
    search,
    select(
      i18n.t("notices.allVendors"),
      filter.vendor,
      vendors.map((v) => [v, v]),
      "vendor",
    ),
    select(
      i18n.t("notices.allKinds"),
      filter.kind,
      KINDS.map((k) => [k, kindLabel(k)]),
      "kind",
    ),
    date(i18n.t("notices.since"), "since"),
    date(i18n.t("notices.until"), "until"),
    h(
      "div",
      { class: "chips" },
      chip(i18n.t("notices.misleading"), "misleading"),
      chip(i18n.t("notices.spoofed"), "spoofed"),
    ),
  );
}
