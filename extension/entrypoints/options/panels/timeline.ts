import { i18n } from "#i18n";
import { h, replaceChildren } from "../../../ui/element";
import { explainError } from "../../../ui/explain";
import { formatDate } from "../../../ui/format";
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
          ? h("ol", {}, ...events.map((event) => h("li", { class: `event type-${event.type}` },
              h("time", { text: formatDate(event.occurredAt), attrs: { datetime: event.occurredAt } }),
              h("span", { class: "event-type", text: eventTypeLabel(event.type) }),
              h("span", { text: event.summary }),
            )))
          : h("p", { class: "quiet", text: i18n.t("timeline.empty") }),
      );
    } catch (error) {
      replaceChildren(list, h("p", { class: "notice-bar", text: explainError(error) }));
    }
  })();
  return h("section", { class: "timeline-section" }, h("h3", { text: i18n.t("timeline.title") }), list);
}

/** The Worker's event types in words; a type this version does not know is shown as sent. */
function eventTypeLabel(type: string): string {
  switch (type) {
    case "issued":
      return i18n.t("timeline.type.issued");
    case "expired":
      return i18n.t("timeline.type.expired");
    case "lapsed":
      return i18n.t("timeline.type.lapsed");
    case "intent-change":
      return i18n.t("timeline.type.intentChange");
    case "notice":
      return i18n.t("timeline.type.notice");
    case "alert":
    case "alert-sent":
      return i18n.t("timeline.type.alert");
    case "revocation-check":
      return i18n.t("timeline.type.revocationCheck");
    default:
      return type;
  }
}
