import { i18n } from "#i18n";
import { isMisleading, type ApiNotice } from "../../../utils/notice-schemas";
import { h } from "../../../ui/element";

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

/** What a notice is about, in words; a kind this version does not know is shown as sent. */
export function kindLabel(kind: string | undefined): string {
  switch (kind) {
    case "expiry":
      return i18n.t("notices.kinds.expiry");
    case "revocation":
      return i18n.t("notices.kinds.revocation");
    case "payment":
      return i18n.t("notices.kinds.payment");
    case "other":
      return i18n.t("notices.kinds.other");
    default:
      return kind ?? "—";
  }
}
