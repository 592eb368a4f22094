import { i18n } from "#i18n";
import type { OpenMessage } from "../providers/types";
import { fromHeader } from "../overlay/from-header";
import type { ApiCertificate } from "../utils/api-schemas";
import { askBackground } from "../overlay/ask-background";
import type { BannerActions } from "./render-banner";

/**
 * The banner's actions for one message. Only "Save to timeline" sends the email's content out of
 * the browser, and only because the user pressed it.
 */
export function bannerActions(message: OpenMessage): BannerActions {
  return {
    async saveToTimeline() {
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
      return answer.ok ? i18n.t("banner.lapsed", [certificate.commonName]) : i18n.t("banner.notChanged", [answer.error]);
    },
  };
}
