import { i18n } from "#i18n";
import { isMisleading, type ApiNotice } from "../../../utils/api/notice-schemas";
import { h } from "../../../ui/element";
import { labelOf } from "../../../ui/format";

/** Spoofed and/or misleading, or consistent, as chips. */
export function verdictChip(notice: ApiNotice): HTMLElement {
  const spoofed = notice.spoofed ?? notice.assessment?.spoofed ?? false;
  const misleading = isMisleading(notice);
  return h(
    "span",
    { class: "verdict" },
    spoofed ? h("span", { class: "chip misleading", text: i18n.t("notices.spoofed") }) : null,
    misleading ? h("span", { class: "chip misleading", text: i18n.t("notices.misleading") }) : null,
    spoofed || misleading ? null : h("span", { class: "chip honest", text: i18n.t("notices.honest") }),
  );
}

const KIND_LABELS: Record<string, () => string> = {
  expiry: () => i18n.t("notices.kinds.expiry"),
  revocation: () => i18n.t("notices.kinds.revocation"),
  payment: () => i18n.t("notices.kinds.payment"),
  other: () => i18n.t("notices.kinds.other"),
};

/** What a notice is about, in words. */
export function kindLabel(kind: string | undefined): string {
  return labelOf(KIND_LABELS, kind);
}
