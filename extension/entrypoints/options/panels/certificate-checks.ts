import { i18n } from "#i18n";
import type { ApiCertificate } from "../../../utils/api/api-schemas";
import { h, replaceChildren } from "../../../ui/element";
import { explainError } from "../../../ui/explain";
import { formatDate, labelOf } from "../../../ui/format";
import type { DashboardContext } from "../context";

const REVOCATION_LABELS: Record<string, () => string> = {
  good: () => i18n.t("revocation.good"),
  revoked: () => i18n.t("revocation.revoked"),
  unknown: () => i18n.t("revocation.unknown"),
};

/** Asking the CA whether the certificate is revoked, and deleting the record. */
export function certificateActions(certificate: ApiCertificate, context: DashboardContext): HTMLElement {
  const result = h("div", { attrs: { role: "status", "aria-live": "polite" } });
  const check = h("button", {
    class: "button",
    text: i18n.t("revocation.check"),
    attrs: { type: "button" },
    on: {
      click: async () => {
        check.disabled = true;
        replaceChildren(result, h("p", { class: "quiet", text: i18n.t("common.loading") }));
        try {
          const answer = await context.client!.revocationCheck(certificate.id);
          replaceChildren(
            result,
            h(
              "p",
              {
                class:
                  answer.status === "revoked"
                    ? "notice-bar error"
                    : answer.status === "good"
                      ? "notice-bar ok"
                      : "notice-bar",
                attrs: { "data-revocation": answer.status },
              },
              h("strong", { text: labelOf(REVOCATION_LABELS, answer.status) }),
              ` · ${answer.source ? answer.source.toUpperCase() + " · " : ""}${formatDate(answer.checkedAt)}`,
              answer.detail ? h("span", { class: "small", text: ` — ${answer.detail}` }) : null,
            ),
          );
        } catch (error) {
          replaceChildren(result, h("p", { class: "notice-bar error", text: explainError(error) }));
        } finally {
          check.disabled = false;
        }
      },
    },
  });
  const remove = h("button", {
    class: "button danger",
    text: i18n.t("detail.delete"),
    attrs: { type: "button" },
    on: {
      click: async () => {
        if (!confirm(i18n.t("detail.confirmDelete", [certificate.commonName]))) return;
        try {
          await context.client!.deleteCertificate(certificate.id);
          context.navigate("certificates");
          await context.refresh();
        } catch (error) {
          replaceChildren(result, h("p", { class: "notice-bar error", text: explainError(error) }));
        }
      },
    },
  });
  return h("section", { class: "detail-actions" }, h("div", { class: "actions-row" }, check, remove), result);
}
