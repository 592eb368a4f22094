import { i18n } from "#i18n";
import { senderText, type ApiNotice } from "../../../utils/api/notice-schemas";
import { h, replaceChildren } from "../../../ui/element";
import { explainError } from "../../../ui/explain";
import { formatDate, languageName, uiLanguage } from "../../../ui/format";
import type { DashboardContext } from "../context";
import { reasonLanguage, renderReason } from "../../../../shared/notice/reasons";
import type { Reason } from "../../../../shared/notice/types";
import { kindLabel, verdictChip } from "./verdict-chip";

/** The languages the Worker writes replies in. */
const REPLY_LANGUAGES = ["en", "de", "fr", "es", "nl", "it", "pt"];

/** One notice: what the engine found, and a reply draft to copy. */
export function noticeDetail(noticeId: string, context: DashboardContext): HTMLElement {
  const card = h("aside", { class: "card detail" }, h("p", { class: "quiet", text: i18n.t("common.loading") }));
  void (async () => {
    try {
      const notice = await context.client!.notice(noticeId);
      replaceChildren(
        card,
        ...assessmentView(notice, context),
        replyDraft(noticeId, context, (notice as { language?: string }).language),
      );
      // Opened from a row far down the list: bring its top into view, where the reader is.
      card.scrollIntoView?.({ block: "nearest" });
    } catch (error) {
      replaceChildren(card, h("p", { class: "notice-bar", text: explainError(error) }));
    }
  })();
  return card;
}

/** What the engine found in a notice: verdict, sender, kind, matched certificate, reasons. */
export function assessmentView(notice: ApiNotice, context: DashboardContext): HTMLElement[] {
  const assessment = notice.assessment;
  const certificateId = notice.certificateId ?? assessment?.certificate ?? null;
  const certificate = context.certificates.find((c) => c.id === certificateId);
  const reasons = [...(assessment?.reasons ?? []), ...(assessment?.spoofReasons ?? [])];
  const parts: (HTMLElement | null)[] = [
    h(
      "div",
      { class: "detail-head" },
      h("h2", { text: notice.subject || i18n.t("notices.noSubject") }),
      verdictChip(notice),
    ),
    h(
      "dl",
      { class: "facts" },
      h("dt", { text: i18n.t("notices.from") }),
      h("dd", { text: senderText(notice) || "—" }),
      h("dt", { text: i18n.t("notices.date") }),
      h("dd", { text: formatDate(notice.datedAt ?? notice.sentAt ?? notice.receivedAt) }),
      h("dt", { text: i18n.t("notices.kind") }),
      h("dd", { text: kindLabel(notice.kind ?? assessment?.kind) }),
      h("dt", { text: i18n.t("notices.certificate") }),
      h(
        "dd",
        {},
        certificate
          ? h("a", {
              text: certificate.commonName,
              attrs: { href: `#certificates/${encodeURIComponent(certificate.id)}` },
            })
          : i18n.t("notices.noCertificate"),
      ),
    ),
    h("h3", { text: i18n.t("notices.findings") }),
    reasons.length
      ? h(
          "ul",
          { class: "reasons" },
          ...reasons.map((reason) => h("li", {}, h("code", { text: reason.code }), " ", readerSentence(reason))),
        )
      : h("p", { class: "quiet", text: i18n.t("notices.noFindings") }),
    notice.textPreview
      ? h(
          "details",
          {},
          h("summary", { text: i18n.t("notices.text") }),
          h("pre", { class: "preview", text: notice.textPreview }),
        )
      : null,
  ];
  return parts.filter((node): node is HTMLElement => node !== null);
}

/** The reply in the notice's own language (the vendor reads it), else the reader's. */
/** A reason in the reader's language from its code and facts; one without facts keeps the Worker's sentence. */
function readerSentence(reason: { code: string; message: string; facts?: unknown }): string {
  const locale = uiLanguage();
  if (reasonLanguage(locale) === "en" || !reason.facts) return reason.message;
  return renderReason(reason as Pick<Reason, "code" | "facts"> & { message: string }, locale);
}

function replyDraft(noticeId: string, context: DashboardContext, noticeLanguage?: string): HTMLElement {
  const language = h(
    "select",
    { attrs: { "aria-label": i18n.t("reply.language") } },
    ...REPLY_LANGUAGES.map((lang) => h("option", { text: languageName(lang), attrs: { value: lang } })),
  );
  const preferred = [noticeLanguage, uiLanguage().slice(0, 2)].find((lang) => lang && REPLY_LANGUAGES.includes(lang));
  language.value = preferred ?? "en";
  const draft = h("textarea", {
    class: "reply",
    attrs: { rows: "10", readonly: "", "aria-label": i18n.t("reply.title") },
  });
  const status = h("span", { class: "quiet", attrs: { role: "status" } });
  const about = h("div", { class: "reply-about" });
  const copy = h("button", {
    class: "button",
    text: i18n.t("reply.copy"),
    attrs: { type: "button", disabled: "" },
    on: {
      click: () =>
        void navigator.clipboard.writeText(draft.value).then(
          () => replaceChildren(status, i18n.t("reply.copied")),
          () => (draft.select(), replaceChildren(status, i18n.t("reply.copyFailed"))),
        ),
    },
  });

  async function load(): Promise<void> {
    copy.disabled = true;
    draft.value = "";
    replaceChildren(status, i18n.t("common.loading"));
    try {
      const reply = await context.client!.reply(noticeId, language.value);
      replaceChildren(
        about,
        reply.to ? h("p", { class: "quiet", text: i18n.t("reply.to", [reply.to]) }) : null,
        reply.warning ? h("p", { class: "notice-bar", text: reply.warning }) : null,
      );
      draft.value = reply.subject ? `${i18n.t("reply.subject")}: ${reply.subject}\n\n${reply.body}` : reply.body;
      copy.disabled = false;
      replaceChildren(status);
    } catch (error) {
      replaceChildren(status, explainError(error));
    }
  }
  language.addEventListener("change", () => void load());
  void load();
  return h(
    "section",
    { class: "reply-section" },
    h("div", { class: "detail-head" }, h("h3", { text: i18n.t("reply.title") }), language),
    about,
    draft,
    h("div", { class: "form-actions" }, copy, status),
  );
}
