import { i18n } from "#i18n";
import { INTENTS } from "../../../shared/inventory";
import type { ApiCertificate } from "../../utils/api/api-schemas";
import { h } from "../element";
import { formatDate, formatNumber, intentLabel, uiLanguage } from "../format";
import { s, title } from "../svg";
import { LIFETIME_CAPS, monthBuckets } from "./expiry-buckets";

// About the size it is drawn at on a desktop, so its text reads at the page's own size.
const WIDTH = 1100;
const HEIGHT = 230;
const PAD = { left: 32, right: 12, top: 22, bottom: 28 };

/** Bars of the coming twelve months' expiries, stacked by intent, with the lifetime caps marked. */
export function expiryChart(certificates: ApiCertificate[], now: Date): HTMLElement {
  const buckets = monthBuckets(certificates, now);
  const max = Math.max(1, ...buckets.map((b) => INTENTS.reduce((sum, i) => sum + b.counts[i], 0)));
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const slot = plotW / buckets.length;
  const month = new Intl.DateTimeFormat(uiLanguage(), { month: "short", timeZone: "UTC" });
  const svg = s("svg", {
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    role: "img",
    "aria-label": i18n.t("charts.expiryTitle"),
    class: "chart",
  });
  for (const tick of [0, Math.ceil(max / 2), max]) {
    const y = PAD.top + plotH - (tick / max) * plotH;
    svg.append(
      s("line", { x1: PAD.left, x2: WIDTH - PAD.right, y1: y, y2: y, class: "grid" }),
      s("text", { x: PAD.left - 6, y: y + 4, "text-anchor": "end", class: "axis" }, formatNumber(tick)),
    );
  }
  buckets.forEach((bucket, index) => {
    const x = PAD.left + index * slot + slot * 0.15;
    let y = PAD.top + plotH;
    for (const intent of INTENTS) {
      const count = bucket.counts[intent];
      if (!count) continue;
      const barH = (count / max) * plotH;
      y -= barH;
      svg.append(
        s(
          "rect",
          {
            x,
            y,
            width: slot * 0.7,
            height: barH,
            class: `bar intent-${intent}`,
            "data-intent": intent,
            "data-count": count,
          },
          title(`${month.format(bucket.start)}: ${formatNumber(count)} × ${intentLabel(intent)}`),
        ),
      );
    }
    svg.append(
      s(
        "text",
        { x: x + slot * 0.35, y: HEIGHT - 10, "text-anchor": "middle", class: "axis" },
        month.format(bucket.start),
      ),
    );
  });
  const start = buckets[0].start.getTime();
  const end = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + buckets.length, 1);
  for (const cap of LIFETIME_CAPS) {
    const at = Date.parse(cap.date);
    const inside = at >= start && at < end;
    const x = inside ? PAD.left + ((at - start) / (end - start)) * plotW : WIDTH - PAD.right;
    const label = i18n.t("charts.cap", [formatDate(cap.date), String(cap.maxDays)]);
    svg.append(
      s(
        "g",
        { class: inside ? "cap" : "cap later", "data-cap": cap.date },
        inside ? s("line", { x1: x, x2: x, y1: PAD.top - 6, y2: PAD.top + plotH }) : null,
        s(
          "text",
          { x: inside ? x + 4 : x, y: inside ? PAD.top - 8 : PAD.top + 14, "text-anchor": inside ? "start" : "end" },
          inside ? label : `${label} →`,
        ),
        title(label),
      ),
    );
  }
  const legend = h(
    "ul",
    { class: "legend" },
    ...INTENTS.map((intent) => h("li", {}, h("span", { class: `swatch intent-${intent}` }), intentLabel(intent))),
  );
  return h(
    "figure",
    { class: "card chart-card", attrs: { "data-chart": "expiry" } },
    h("figcaption", { text: i18n.t("charts.expiryTitle") }),
    svg,
    legend,
  );
}
