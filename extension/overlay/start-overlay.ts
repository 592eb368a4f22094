import { bannerActions } from "../banner/banner-actions";
import { BANNER_TAG, renderBanner, wantsBanner, type BannerActions } from "../banner/render-banner";
import type { LocatedMessage, OpenMessage, WebmailProvider } from "../providers/types";
import type { ApiCertificate } from "../utils/api/api-schemas";
import type { CertificateState } from "./certificate-state";
import type { Judgement } from "./judge-open-message";
import { logOnce } from "./log-once";
import { watchOpenMessage } from "./watch-open-message";

/** Set on the open message's anchor once it has been assessed: "banner" or "none". */
export const ASSESSED_ATTRIBUTE = "data-certitude-assessed";

export interface OverlayParts {
  /** Judges the open message against the certificates, inside the browser. */
  judge(message: OpenMessage, located: LocatedMessage, certificates: ApiCertificate[]): Promise<Judgement>;
  state: { current(): Promise<CertificateState> };
  actions?(message: OpenMessage, judgement: Judgement): BannerActions;
}

/**
 * Runs the overlay on one webmail page: whenever the open message changes, assess it locally and
 * put exactly one banner above its body (or none, for a message that is not a certificate notice).
 * Returns a function that stops watching and removes the banner.
 */
export function startOverlay(provider: WebmailProvider, doc: Document, parts: OverlayParts): () => void {
  let banner: HTMLElement | undefined;
  let assessed: Element | undefined; // the anchor carrying ASSESSED_ATTRIBUTE, cleared on change
  let generation = 0; // a slower assessment of a message the user already left must not show

  const show = async (message: OpenMessage, located: LocatedMessage, mine: number) => {
    try {
      const { connected, certificates } = await parts.state.current();
      const judgement = await parts.judge(message, located, certificates);
      const { assessment } = judgement;
      if (mine !== generation) return;
      // Marks the body as judged, so a check (or a person in devtools) can tell "no banner" from "not yet".
      assessed = message.anchor;
      assessed.setAttribute(ASSESSED_ATTRIBUTE, wantsBanner(assessment) ? "banner" : "none");
      if (!wantsBanner(assessment)) return;
      const target = message.anchor.ownerDocument;
      for (const old of Array.from(target.querySelectorAll(BANNER_TAG))) old.remove();
      banner = renderBanner(target, {
        assessment,
        certificate: certificates.find((certificate) => certificate.id === assessment.certificate),
        connected,
        sender: judgement.sender,
        actions: (parts.actions ?? bannerActions)(message, judgement),
      });
      message.anchor.before(banner);
    } catch (error) {
      logOnce(provider.id, "assessing the open message failed", error);
    }
  };

  const stop = watchOpenMessage(provider, doc, {
    changed(message, located) {
      const mine = ++generation;
      banner?.remove();
      banner = undefined;
      assessed?.removeAttribute(ASSESSED_ATTRIBUTE);
      if (message && located) void show(message, located, mine);
    },
    reanchor(located) {
      // The provider re-rendered the same message (Gmail does on every label change).
      if (banner && (!banner.isConnected || banner.nextElementSibling !== located.anchor)) {
        located.anchor.before(banner);
      }
    },
  });
  return () => {
    stop();
    banner?.remove();
    assessed?.removeAttribute(ASSESSED_ATTRIBUTE);
  };
}
