import { i18n } from "#i18n";
import type { VendorTotals } from "../../utils/api/api-schemas";
import { h } from "../element";
import { formatDate } from "../format";
import { s, title } from "../svg";

const WIDTH = 960;
const LANE = 34;
const PAD = { left: 140, right: 16, top: 12, bottom: 26 };
const DAY = 86_400_000;

/** A notice as the chart needs it. */
export interface NoticePoint {
  vendor: string | null | undefined;
  at: string;
  misleading: boolean;
}

/**
 * One lane per vendor: a dot per notice over time; per let-lapse certificate a diamond at the
 * decision, a bar at its expiry and a band to the vendor's last notice when it kept mailing.
 */
export function vendorPressureChart(vendors: VendorTotals[], notices: NoticePoint[], now: Date): HTMLElement {
  const dates = [
    ...notices.map((n) => Date.parse(n.at)),
    ...vendors.flatMap((v) =>
      v.letLapse.flatMap((l) =>
        [l.notAfter, (l as { intentSetAt?: string | null }).intentSetAt].filter(Boolean).map((d) => Date.parse(d!)),
      ),
    ),
  ].filter((t) => !Number.isNaN(t));
  const from = Math.min(now.getTime(), ...dates) - 7 * DAY;
  const to = Math.max(now.getTime(), ...dates) + 7 * DAY;
  const height = PAD.top + vendors.length * LANE + PAD.bottom;
  const x = (t: number) => PAD.left + ((t - from) / (to - from)) * (WIDTH - PAD.left - PAD.right);
  const svg = s("svg", {
    viewBox: `0 0 ${WIDTH} ${height}`,
    role: "img",
    "aria-label": i18n.t("charts.pressureTitle"),
    class: "chart",
  });
  for (let i = 0; i <= 4; i++) {
    const t = from + ((to - from) * i) / 4;
    svg.append(
      s("line", { x1: x(t), x2: x(t), y1: PAD.top, y2: height - PAD.bottom, class: "grid" }),
      s(
        "text",
        { x: x(t), y: height - 8, "text-anchor": i === 0 ? "start" : i === 4 ? "end" : "middle", class: "axis" },
        formatDate(new Date(t).toISOString()),
      ),
    );
  }
  vendors.forEach((vendor, index) => {
    const mid = PAD.top + index * LANE + LANE / 2;
    const lane = s("g", { "data-vendor": vendor.vendor });
    lane.append(
      s("text", { x: PAD.left - 8, y: mid + 4, "text-anchor": "end", class: "lane-label" }, vendor.vendor),
      s("line", { x1: PAD.left, x2: WIDTH - PAD.right, y1: mid, y2: mid, class: "lane" }),
    );
    for (const lapse of vendor.letLapse) {
      const expiry = Date.parse(lapse.notAfter ?? "");
      const last = Date.parse(lapse.lastNoticeAt ?? "");
      const days = lapse.daysMailingAfterExpiry ?? 0;
      if (!Number.isNaN(expiry) && !Number.isNaN(last) && days > 0) {
        lane.append(
          s(
            "rect",
            { x: x(expiry), y: mid - 10, width: Math.max(1, x(last) - x(expiry)), height: 20, class: "after-expiry" },
            title(i18n.t("charts.mailingAfter", [lapse.commonName, String(days)])),
          ),
          // The length of the band in words: "they kept mailing 49 days after it expired", seen at a glance.
          s("text", { x: x(last) + 8, y: mid - 8, class: "after-label" }, `+${i18n.t("vendors.days", days)}`),
        );
      }
      if (!Number.isNaN(expiry)) {
        lane.append(
          s(
            "line",
            { x1: x(expiry), x2: x(expiry), y1: mid - 13, y2: mid + 13, class: "expiry-mark", "data-mark": "expiry" },
            title(i18n.t("charts.expired", [lapse.commonName, formatDate(lapse.notAfter)])),
          ),
        );
      }
      const decided = (lapse as { intentSetAt?: string | null }).intentSetAt;
      if (decided) {
        const dx = x(Date.parse(decided));
        lane.append(
          s(
            "path",
            {
              d: `M${dx} ${mid - 7} L${dx + 6} ${mid} L${dx} ${mid + 7} L${dx - 6} ${mid} Z`,
              class: "decision-mark",
              "data-mark": "let-lapse",
            },
            title(i18n.t("charts.decided", [lapse.commonName, formatDate(decided)])),
          ),
        );
      }
    }
    for (const notice of notices.filter((n) => n.vendor === vendor.vendor)) {
      const t = Date.parse(notice.at);
      if (Number.isNaN(t)) continue;
      lane.append(
        s(
          "circle",
          { cx: x(t), cy: mid, r: 4, class: notice.misleading ? "notice-dot misleading" : "notice-dot" },
          title(formatDate(notice.at)),
        ),
      );
    }
    svg.append(lane);
  });
  const legend = h(
    "ul",
    { class: "legend" },
    h("li", {}, h("span", { class: "swatch dot" }), i18n.t("charts.legendNotice")),
    h("li", {}, h("span", { class: "swatch dot misleading" }), i18n.t("charts.legendMisleading")),
    h("li", {}, h("span", { class: "swatch decision" }), i18n.t("charts.legendDecision")),
    h("li", {}, h("span", { class: "swatch expiry" }), i18n.t("charts.legendExpiry")),
    h("li", {}, h("span", { class: "swatch after" }), i18n.t("charts.legendAfter")),
  );
  return h(
    "figure",
    { class: "chart-card", attrs: { "data-chart": "vendor-pressure" } },
    h("figcaption", { text: i18n.t("charts.pressureTitle") }),
    svg,
    legend,
  );
}
