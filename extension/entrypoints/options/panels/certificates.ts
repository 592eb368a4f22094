import { i18n } from "#i18n";
import { INTENTS } from "../../../../shared/inventory";
import { displayHostname } from "../../../../shared/x509/hostname";
import type { ApiCertificate } from "../../../utils/api/api-schemas";
import { daysLeftLabel } from "../../../ui/days-left";
import { h, replaceChildren } from "../../../ui/element";
import { formatDate, intentLabel, statusLabel } from "../../../ui/format";
import { applyQuery, defaultQuery, toggleChip, toggleSort, type SortKey } from "../certificate-query";
import type { DashboardContext, Panel } from "../context";
import { certificateDetail } from "./certificate-detail";
import { expiryChart } from "../../../ui/charts/expiry-chart";
import { addRecordForm } from "./certificate-add";
import { bulkBar, chosen } from "./bulk-intent";
import { discoverCard } from "./discover";
import { importCards } from "./import";
import { downloadButton } from "./download-button";
import { today } from "../../../ui/save-file";

const STATUSES = ["active", "expiring", "expired", "lapsed", "superseded"];
const COLUMNS: { key: SortKey; label: () => string }[] = [
  { key: "domain", label: () => i18n.t("certificates.domain") },
  { key: "vendor", label: () => i18n.t("certificates.vendor") },
  { key: "expires", label: () => i18n.t("certificates.expires") },
  { key: "intent", label: () => i18n.t("certificates.intent") },
  { key: "status", label: () => i18n.t("certificates.status") },
];

// Kept across redraws (refresh, navigation), like a person expects of a filter.
let query = defaultQuery();
/** The tool sections (add, import, discover) the reader opened: a refresh after an import keeps them open. */
const openSections = new Set<string>();

function section(id: string, title: string, ...content: HTMLElement[]): HTMLElement {
  const node = h("details", { class: "card", attrs: { id } }, h("summary", { text: title }), ...content);
  node.open = openSections.has(id);
  node.addEventListener("toggle", () => (node.open ? openSections.add(id) : openSections.delete(id)));
  return node;
}

/** The certificates table with search, chips and sorting; a selected row opens its detail. */
export const certificatesPanel: Panel = (context) => {
  const selected = context.certificates.find((c) => c.id === context.selectedCertificateId);
  const tableArea = h("div", { class: "table-area" });
  const bulkArea = h("div", {});
  const search = h("input", {
    attrs: { type: "search", placeholder: i18n.t("certificates.search"), "aria-label": i18n.t("certificates.search") },
    on: {
      input: () => {
        query = { ...query, search: search.value };
        drawTable();
      },
    },
  });
  search.value = query.search;
  const chips = h("div", { class: "chips" });

  function drawChips(): void {
    replaceChildren(
      chips,
      chip(
        i18n.t("certificates.needsAction"),
        query.needsAction,
        () => (query = { ...query, needsAction: !query.needsAction }),
        "urgent",
      ),
      h("span", { class: "chip-divider" }),
      ...STATUSES.map((s) =>
        chip(
          statusLabel(s),
          query.statuses.has(s),
          () => (query = { ...query, statuses: toggleChip(query.statuses, s) }),
        ),
      ),
      h("span", { class: "chip-divider" }),
      ...INTENTS.map((i) =>
        chip(intentLabel(i), query.intents.has(i), () => (query = { ...query, intents: toggleChip(query.intents, i) })),
      ),
    );
  }

  function chip(label: string, pressed: boolean, toggle: () => void, tone = ""): HTMLElement {
    return h("button", {
      class: `filter-chip ${tone} ${pressed ? "pressed" : ""}`.trim(),
      text: label,
      attrs: { type: "button", "aria-pressed": String(pressed) },
      on: { click: () => (toggle(), drawChips(), drawTable()) },
    });
  }

  function drawTable(): void {
    const rows = applyQuery(context.certificates, query, context.now);
    replaceChildren(bulkArea, bulkBar(context, drawTable));
    replaceChildren(
      tableArea,
      h("p", {
        class: "quiet count",
        text: i18n.t("certificates.count", [String(rows.length), String(context.certificates.length)]),
      }),
      rows.length ? table(rows, context) : h("p", { class: "empty-state", text: i18n.t("certificates.none") }),
    );
  }

  function table(rows: ApiCertificate[], ctx: DashboardContext): HTMLElement {
    const all = h("input", {
      attrs: { type: "checkbox", "aria-label": i18n.t("bulk.all") },
      on: {
        change: () => {
          for (const r of rows)
            if (all.checked) chosen.add(r.id);
            else chosen.delete(r.id);
          drawTable();
        },
      },
    });
    all.checked = rows.every((r) => chosen.has(r.id));
    const head = h(
      "tr",
      {},
      h("th", { class: "check" }, all),
      ...COLUMNS.map((column) => {
        const sorted = query.sort.key === column.key;
        const arrow = sorted ? (query.sort.direction === "asc" ? " ▲" : " ▼") : "";
        return h(
          "th",
          {
            attrs: {
              scope: "col",
              "aria-sort": sorted ? (query.sort.direction === "asc" ? "ascending" : "descending") : "none",
            },
          },
          h("button", {
            class: "sort",
            text: column.label() + arrow,
            attrs: { type: "button" },
            on: {
              click: () => {
                query = toggleSort(query, column.key);
                drawTable();
              },
            },
          }),
        );
      }),
    );
    return h(
      "table",
      { class: "data" },
      h("thead", {}, head),
      h("tbody", {}, ...rows.map((c) => row(c, ctx, drawTable))),
    );
  }

  drawChips();
  drawTable();
  const tools = h(
    "div",
    { class: "stack wide tools" },
    section("add-record", i18n.t("add.title"), addRecordForm(context)),
    section("import-files", i18n.t("import.title"), ...importCards(context)),
    section("discover", i18n.t("discover.title"), discoverCard(context)),
  );
  return h(
    "div",
    { class: "certificates-panel" },
    expiryChart(context.certificates, context.now),
    h(
      "div",
      { class: selected ? "split" : "full" },
      h(
        "section",
        { class: "card" },
        h("div", { class: "toolbar" }, search, chips),
        bulkArea,
        tableArea,
        h(
          "div",
          { class: "form-actions" },
          downloadButton(
            context,
            i18n.t("certificates.downloadCsv"),
            "api/certificates.csv",
            () => `certificates-${today()}.csv`,
          ),
        ),
      ),
      selected ? certificateDetail(selected, context) : null,
    ),
    tools,
  );
};

function row(certificate: ApiCertificate, context: DashboardContext, redraw: () => void): HTMLElement {
  const box = h("input", {
    attrs: { type: "checkbox", "aria-label": certificate.commonName },
    on: {
      click: (event) => event.stopPropagation(),
      change: () => (box.checked ? chosen.add(certificate.id) : chosen.delete(certificate.id), redraw()),
    },
  });
  box.checked = chosen.has(certificate.id);
  const others = certificate.sans.filter((name) => name !== certificate.commonName).length;
  return h(
    "tr",
    {
      class: certificate.id === context.selectedCertificateId ? "selected" : "",
      attrs: { tabindex: "0", "data-id": certificate.id },
      on: {
        click: () => context.navigate("certificates", certificate.id),
        keydown: (event) => event.key === "Enter" && context.navigate("certificates", certificate.id),
      },
    },
    h("td", { class: "check" }, box),
    h(
      "td",
      {},
      h("span", { class: "domain", text: displayHostname(certificate.commonName) }),
      others ? h("span", { class: "quiet small", text: ` +${others}` }) : null,
    ),
    h("td", { text: certificate.vendor ?? "—" }),
    h("td", {}, h("span", { text: formatDate(certificate.notAfter) }), daysLeftLabel(certificate, context.now)),
    h("td", {}, h("span", { class: `chip intent-${certificate.intent}`, text: intentLabel(certificate.intent) })),
    h(
      "td",
      {},
      h("span", { class: `chip status-${certificate.status ?? "unknown"}`, text: statusLabel(certificate.status) }),
    ),
  );
}
