import { i18n } from "#i18n";
import { h, replaceChildren } from "../../../ui/element";
import { explainError } from "../../../ui/explain";
import { formatDate, labelOf } from "../../../ui/format";
import type { DashboardContext } from "../context";

/** A certificate's history, oldest first, loaded from the Worker when shown. */
export function timelineSection(certificateId: string, context: DashboardContext): HTMLElement {
  const list = h("div", { class: "timeline" }, h("p", { class: "quiet", text: i18n.t("common.loading") }));
  void (async () => {
    try {
      const events = await context.client!.timeline(certificateId);
      replaceChildren(
        list,
        events.length
          ? h(
              "ol",
              {},
              ...events.map((event) =>
                h(
                  "li",
                  { class: `event type-${event.type}` },
                  h("time", { text: formatDate(event.occurredAt), attrs: { datetime: event.occurredAt } }),
                  h("span", { class: "event-type", text: labelOf(EVENT_LABELS, event.type) }),
                  h("span", { text: event.summary }),
                ),
              ),
            )
          : h("p", { class: "quiet", text: i18n.t("timeline.empty") }),
      );
    } catch (error) {
      replaceChildren(list, h("p", { class: "notice-bar", text: explainError(error) }));
    }
  })();
  return h("section", { class: "timeline-section" }, h("h3", { text: i18n.t("timeline.title") }), list);
}

const EVENT_LABELS: Record<string, () => string> = {
  issued: () => i18n.t("timeline.type.issued"),
  expired: () => i18n.t("timeline.type.expired"),
  lapsed: () => i18n.t("timeline.type.lapsed"),
  "intent-change": () => i18n.t("timeline.type.intentChange"),
  notice: () => i18n.t("timeline.type.notice"),
  alert: () => i18n.t("timeline.type.alert"),
  "alert-sent": () => i18n.t("timeline.type.alert"),
  "revocation-check": () => i18n.t("timeline.type.revocationCheck"),
};
