import { i18n } from "#i18n";
import { isMisleading, type ApiNotice } from "../../../utils/notice-schemas";
import { h } from "../../../ui/element";

/** Spoofed, misleading or honest, as a chip. */
export function verdictChip(notice: ApiNotice): HTMLElement {
  if (notice.spoofed ?? notice.assessment?.spoofed) return h("span", { class: "chip misleading", text: i18n.t("notices.spoofed") });
  if (isMisleading(notice)) return h("span", { class: "chip misleading", text: i18n.t("notices.misleading") });
  return h("span", { class: "chip honest", text: i18n.t("notices.honest") });
}
