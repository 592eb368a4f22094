import { i18n } from "#i18n";
import type { TimelineEvent } from "../../../utils/api-schemas";
import { h, replaceChildren } from "../../../ui/element";
import { explainError } from "../../../ui/explain";
import { formatDate } from "../../../ui/format";
import type { DashboardContext } from "../context";

/** A certificate's history, oldest first, loaded from the Worker when shown. */
export function timelineSection(certificateId: string, context: DashboardContext): HTMLElement {
  const list = h("div", { class: "timeline" }, h("p", { class: "quiet", text: i18n.t("common.loading") }));
  void (async () => {
    try {
      const events = (await context.client!.timeline(certificateId)) as TimelineEvent[];
      replaceChildren(
        list,
        events.length
          ? h("ol", {}, ...events.map((event) => h("li", { class: `event type-${event.type}` },
              h("time", { text: formatDate(event.occurredAt), attrs: { datetime: event.occurredAt } }),
              h("span", { class: "event-type", text: event.type }),
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
