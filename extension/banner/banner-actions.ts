import { i18n } from "#i18n";
import type { OpenMessage } from "../providers/types";
import { fromHeader } from "../overlay/from-header";
import type { ApiCertificate } from "../utils/api/api-schemas";
import { askBackground } from "../overlay/ask-background";
import type { Judgement } from "../overlay/judge-open-message";
import type { BannerActions } from "./render-banner";

/**
 * The banner's actions for one message. Only "Save to timeline" sends the email's content out of
 * the browser, and only because the user pressed it: the message source when it was read (so a
 * saved notice is the same as a forwarded one), else what the page shows.
 */
export function bannerActions(message: OpenMessage, judgement?: Pick<Judgement, "source">): BannerActions {
  return {
    async saveToTimeline() {
      if (judgement?.source) {
        const stored = await askBackground({ type: "store-source", raw: judgement.source });
        return stored.ok ? i18n.t("banner.saved") : i18n.t("banner.notSaved", [stored.error]);
      }
      const answer = await askBackground({
        type: "classify-store",
        notice: {
          from: message.from.name ? `${message.from.name} <${message.from.address}>` : message.from.address,
          subject: message.subject,
          date: message.date ? message.date.toISOString() : "",
          text: message.text,
          headers: { from: fromHeader(message) },
        },
      });
      return answer.ok ? i18n.t("banner.saved") : i18n.t("banner.notSaved", [answer.error]);
    },

    async copyReply(text: string) {
      await navigator.clipboard.writeText(text);
      return i18n.t("banner.copied");
    },

    async letLapse(certificate: ApiCertificate) {
      const answer = await askBackground({
        type: "set-intent",
        certificateId: certificate.id,
        intent: "let-lapse",
        reason: `Decided while reading "${message.subject}" from ${message.from.address}.`,
      });
      return answer.ok
        ? i18n.t("banner.lapsed", [certificate.commonName])
        : i18n.t("banner.notChanged", [answer.error]);
    },
  };
}
