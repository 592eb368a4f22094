import { i18n } from "#i18n";
import type { LapsePressure, VendorTotals } from "../../../utils/api/api-schemas";
import { h, replaceChildren } from "../../../ui/element";
import { explainError } from "../../../ui/explain";
import { formatDate } from "../../../ui/format";
import type { DashboardContext, Panel } from "../context";
import { vendorPressureChart, type NoticePoint } from "../../../ui/charts/vendor-pressure-chart";
import { noticeDate, isMisleading } from "../../../utils/api/notice-schemas";

/** The chart reads at most this many notices (newest first), in pages of 200. */
const CHART_NOTICES = 1000;

async function noticePoints(context: DashboardContext): Promise<NoticePoint[]> {
  const points: NoticePoint[] = [];
  for (let offset = 0; offset < CHART_NOTICES; offset += 200) {
    const { notices, total } = await context.client!.notices(`limit=200&offset=${offset}`);
    points.push(...notices.map((n) => ({ vendor: n.vendor, at: noticeDate(n) ?? "", misleading: isMisleading(n) })));
    if (offset + notices.length >= total || !notices.length) break;
  }
  return points;
}

/** Which vendors send how many notices, how many misleading, and who keeps pushing lapsing certificates. */
export const vendorsPanel: Panel = (context) => {
  const body = h("div", {}, h("p", { class: "quiet", text: i18n.t("common.loading") }));
  void (async () => {
    try {
      // The tables stand without the chart's notices; a failed notice list only leaves the dots out.
      const [{ vendors, pressure }, points] = await Promise.all([
        context.client!.vendors(),
        noticePoints(context).catch(() => []),
      ]);
      replaceChildren(
        body,
        vendors.length ? vendorPressureChart(vendors, points, context.now) : null,
        vendors.length ? totalsTable(vendors) : h("p", { class: "empty-state", text: i18n.t("vendors.none") }),
        pressure.length ? h("h3", { text: i18n.t("vendors.pressureTitle") }) : null,
        pressure.length ? h("p", { class: "quiet", text: i18n.t("vendors.pressureIntro") }) : null,
        pressure.length ? pressureTable(pressure) : null,
      );
    } catch (error) {
      replaceChildren(body, h("p", { class: "notice-bar", text: explainError(error) }));
    }
  })();
  return h(
    "div",
    { class: "stack wide" },
    h("section", { class: "card" }, h("h2", { text: i18n.t("vendors.title") }), body),
  );
};

/** A table whose header cells line up with their cells: numbers right, words left. */
function table(headers: string[], rows: HTMLElement[]): HTMLElement {
  const first = rows[0];
  const head = headers.map((text, i) =>
    h("th", { text, attrs: { class: first?.children[i]?.classList.contains("num") ? "num" : "" } }),
  );
  return h("table", { class: "data" }, h("thead", {}, h("tr", {}, ...head)), h("tbody", {}, ...rows));
}

const count = (value: number | null | undefined) => String(value ?? 0);

function totalsTable(vendors: VendorTotals[]): HTMLElement {
  return table(
    [
      i18n.t("vendors.vendor"),
      i18n.t("vendors.notices"),
      i18n.t("vendors.misleading"),
      i18n.t("vendors.spoofed"),
      i18n.t("vendors.last"),
    ],
    vendors.map((v) =>
      h(
        "tr",
        {},
        h("td", { text: v.vendor }),
        h("td", { class: "num", text: count(v.notices) }),
        h("td", { class: v.misleading ? "num alert" : "num", text: count(v.misleading) }),
        h("td", { class: v.spoofed ? "num alert" : "num", text: count(v.spoofed) }),
        h("td", { text: formatDate(v.lastNoticeAt) }),
      ),
    ),
  );
}

function pressureTable(rows: LapsePressure[]): HTMLElement {
  return table(
    [
      i18n.t("vendors.vendor"),
      i18n.t("certificates.domain"),
      i18n.t("vendors.notices"),
      i18n.t("vendors.afterDecision"),
      i18n.t("vendors.misleading"),
      i18n.t("vendors.afterExpiry"),
      i18n.t("vendors.last"),
    ],
    rows.map((p) =>
      h(
        "tr",
        {},
        h("td", { text: p.vendor }),
        h(
          "td",
          {},
          h("a", { text: p.commonName, attrs: { href: `#certificates/${encodeURIComponent(p.certificateId)}` } }),
        ),
        h("td", { class: "num", text: count(p.notices) }),
        h("td", { class: p.noticesAfterIntent ? "num alert" : "num", text: count(p.noticesAfterIntent) }),
        h("td", { class: p.misleading ? "num alert" : "num", text: count(p.misleading) }),
        h("td", {
          class: "num",
          text: p.daysMailingAfterExpiry ? i18n.t("vendors.days", p.daysMailingAfterExpiry) : "—",
        }),
        h("td", { text: formatDate(p.lastNoticeAt) }),
      ),
    ),
  );
}
