import type { Assessment } from "../../shared/notice/types";
import type { ApiCertificate } from "../utils/api/api-schemas";
import type { SenderState } from "../overlay/sender-state";
import { i18n } from "#i18n";
import { reasonLanguage, renderReason } from "../../shared/notice/reasons";
import type { Reason } from "../../shared/notice/types";
import { certificateLine, headline, kindLabel, senderLine } from "./banner-copy";
import { BANNER_CSS } from "./banner-styles";
import { adoptStyles, button, el } from "./element";
import { replyText, wantsReply } from "./reply-text";
import { showBidiControls } from "../ui/bidi";

/** What the banner's buttons do; each resolves to a sentence for the status line. */
export interface BannerActions {
  saveToTimeline(): Promise<string>;
  copyReply(text: string): Promise<string>;
  letLapse(certificate: ApiCertificate): Promise<string>;
}

export interface BannerInput {
  assessment: Assessment;
  /** The matched certificate from the cache, when the engine named one. */
  certificate: ApiCertificate | undefined;
  actions: BannerActions;
  /** What is known of the sender; `unverified` unless the message source vouched for it. */
  sender?: SenderState;
  /** False when the extension has no Worker yet: nothing was compared with certificates. */
  connected?: boolean;
  now?: Date;
}

/** The tag of the banner's host element: tests and people find it by this name. */
export const BANNER_TAG = "certitude-banner";

/** Whether a notice deserves a banner: a certificate notice of any kind, or a forged sender. */
export function wantsBanner(assessment: Assessment): boolean {
  return assessment.kind !== "other" || assessment.spoofed;
}

/** A reason in the browser's language; English readers get the sentence the Worker wrote. */
function readerSentence(reason: Reason, doc: Document): string {
  const locale = doc.defaultView?.navigator.language ?? "en";
  return reasonLanguage(locale) === "en" ? reason.message : renderReason(reason, locale);
}

/**
 * The banner for one assessed message: a `<certitude-banner>` host whose data attributes state
 * the verdict, and a shadow root with what it is, why, the certificate and the actions.
 */
export function renderBanner(doc: Document, input: BannerInput): HTMLElement {
  const { assessment, certificate, actions } = input;
  const host = doc.createElement(BANNER_TAG);
  host.setAttribute("data-kind", assessment.kind);
  host.setAttribute("data-misleading", String(assessment.misleading));
  host.setAttribute("data-spoofed", String(assessment.spoofed));
  host.setAttribute("data-certificate", assessment.certificate ?? "");
  // Never "verified" by default: only a read and vouched-for source makes a sender genuine.
  const sender: SenderState = assessment.spoofed ? "forged" : (input.sender ?? "unverified");
  host.setAttribute("data-sender", sender);
  const root = host.attachShadow({ mode: "open" });
  adoptStyles(root, BANNER_CSS);

  const warn = assessment.misleading || assessment.spoofed;
  const status = el(doc, "span", "status");
  status.setAttribute("role", "status");
  const run = (work: () => Promise<string>) => {
    status.textContent = "…";
    work().then(
      (sentence) => (status.textContent = showBidiControls(sentence)),
      (error: unknown) =>
        (status.textContent = showBidiControls(error instanceof Error ? error.message : String(error))),
    );
  };

  const reasons = [...(assessment.misleading ? assessment.reasons : []), ...assessment.spoofReasons];
  const actionRow = el(doc, "div", "actions");
  const showActions = () => {
    const buttons = [button(doc, i18n.t("banner.save"), () => run(actions.saveToTimeline), true)];
    // A reply goes to the From address: never to a sender that is forged or could not be verified.
    if (sender === "verified" && wantsReply(assessment, certificate)) {
      const reply = certificate;
      buttons.push(
        button(doc, i18n.t("banner.copyReply"), () => run(() => actions.copyReply(replyText(assessment, reply)))),
      );
    }
    if (certificate && certificate.intent !== "let-lapse") {
      buttons.push(button(doc, i18n.t("banner.letLapse"), confirmLapse));
    }
    actionRow.replaceChildren(...buttons, status);
  };
  const confirmLapse = () => {
    if (!certificate) return;
    actionRow.replaceChildren(
      el(doc, "span", "confirm", i18n.t("banner.confirmLapse", [certificate.commonName])),
      button(
        doc,
        i18n.t("banner.confirmYes"),
        () => {
          showActions();
          run(() => actions.letLapse(certificate));
        },
        true,
      ),
      button(doc, i18n.t("banner.cancel"), showActions),
    );
  };
  showActions();

  root.append(
    el(
      doc,
      "section",
      warn ? "banner warn" : sender === "verified" ? "banner" : "banner neutral",
      el(
        doc,
        "div",
        "top",
        el(doc, "span", "brand", "Certitude"),
        el(doc, "span", "kind", kindLabel(assessment.kind)),
        el(
          doc,
          "span",
          "verdict",
          headline(assessment.misleading, assessment.spoofed, Boolean(assessment.certificate), input.connected),
        ),
      ),
      el(doc, "div", `sender ${sender}`, showBidiControls(senderLine(sender, assessment.sender.from?.address ?? ""))),
      reasons.length > 0 &&
        el(doc, "ul", "reasons", ...reasons.map((reason) => el(doc, "li", "", readerSentence(reason, doc)))),
      certificate &&
        el(
          doc,
          "div",
          "certificate",
          el(doc, "span", "label", `${i18n.t("banner.certificate")} `),
          certificateLine(certificate, input.now ?? new Date()),
        ),
      assessment.certificate &&
        !certificate &&
        el(
          doc,
          "div",
          "certificate",
          el(doc, "span", "label", `${i18n.t("banner.certificate")} `),
          assessment.certificate,
        ),
      actionRow,
    ),
  );
  host.setAttribute("role", "region");
  host.setAttribute("aria-label", i18n.t("banner.label"));
  return host;
}
