import { i18n } from "#i18n";
import { INTENTS, type Intent } from "../../../../shared/inventory";
import { h, replaceChildren } from "../../../ui/element";
import { explainError } from "../../../ui/explain";
import { intentLabel } from "../../../ui/format";
import type { DashboardContext } from "../context";

/** The ticked rows of the certificates table, kept across redraws. */
export const chosen = new Set<string>();

/** One decision with one reason for every ticked certificate, or deleting them. */
export function bulkBar(context: DashboardContext, redraw: () => void): HTMLElement | null {
  if (!chosen.size) return null;
  const intent = h(
    "select",
    { attrs: { "aria-label": i18n.t("certificates.intent") } },
    ...INTENTS.map((i) => h("option", { text: intentLabel(i), attrs: { value: i } })),
  );
  const reason = h("input", {
    attrs: { type: "text", placeholder: i18n.t("detail.reasonPlaceholder"), "aria-label": i18n.t("detail.reason") },
  });
  const status = h("span", { attrs: { role: "status" } });

  async function each(work: (id: string) => Promise<unknown>, done: string): Promise<void> {
    const failures: string[] = [];
    for (const id of chosen) {
      try {
        await work(id);
        chosen.delete(id);
      } catch (error) {
        failures.push(explainError(error));
      }
    }
    if (failures.length) replaceChildren(status, failures.join(" · "));
    else replaceChildren(status, done);
    await context.refresh();
    redraw();
  }

  const apply = h("button", {
    class: "button primary",
    text: i18n.t("bulk.apply"),
    attrs: { type: "button" },
    on: {
      click: () => {
        if (!reason.value.trim()) return replaceChildren(status, i18n.t("detail.reasonRequired"));
        void each(
          (id) => context.client!.setIntentOf(id, intent.value as Intent, reason.value.trim()),
          i18n.t("bulk.saved"),
        );
      },
    },
  });
  const remove = h("button", {
    class: "button danger",
    text: i18n.t("bulk.delete"),
    attrs: { type: "button" },
    on: {
      click: () =>
        confirm(i18n.t("bulk.confirmDelete", [String(chosen.size)])) &&
        void each((id) => context.client!.deleteCertificate(id), i18n.t("bulk.deleted")),
    },
  });
  return h(
    "div",
    { class: "bulk-bar", attrs: { role: "group", "aria-label": i18n.t("bulk.label") } },
    h("strong", { text: i18n.t("bulk.chosen", chosen.size, [String(chosen.size)]) }),
    intent,
    reason,
    apply,
    remove,
    h("button", {
      class: "button",
      text: i18n.t("bulk.clear"),
      attrs: { type: "button" },
      on: { click: () => (chosen.clear(), redraw()) },
    }),
    status,
  );
}
