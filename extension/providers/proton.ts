import { parseShownDate, sender } from "./header-values";
import { bodyText, fieldText, frameDocument, lastShown, shownAll } from "./page-reading";
import { protonSelectors as S } from "./proton.selectors";
import type { LocatedMessage, OpenMessage, WebmailProvider } from "./types";

/** The decrypted body, or undefined while Proton has not written it into the frame yet. */
function frameBody(container: Element): HTMLElement | undefined {
  const body = frameDocument(container.querySelector(S.bodyFrame))?.body;
  return body && body.textContent?.trim() ? body : undefined;
}

/** Proton Mail: the last expanded message, its body read from the message iframe. */
export const proton: WebmailProvider = {
  id: "proton",
  name: "Proton Mail",
  hosts: ["mail.proton.me"],
  pageMarker: `${S.listItem}, ${S.expandedMessage}`,
  // No readSource: Proton keeps mail end-to-end encrypted; only the page's decrypted view exists.

  locate(doc: Document): LocatedMessage | undefined {
    const container = lastShown(doc, S.expandedMessage);
    const frame = container?.querySelector(S.bodyFrame);
    if (!container || !frame || !frameBody(container)) return undefined;
    const address = fieldText(container.querySelector(S.senderAddress));
    const date = container.querySelector(S.date)?.getAttribute("title") ?? "";
    return { key: `proton:${container.getAttribute("data-testid")}|${address}|${date}`, container, anchor: frame };
  },

  read({ key, container, anchor }: LocatedMessage): OpenMessage | undefined {
    const block = container.querySelector(S.sender);
    const from = sender(
      fieldText(block?.querySelector(S.senderName)),
      fieldText(block?.querySelector(S.senderAddress)),
    );
    const body = frameBody(container);
    if (!from || !body) return undefined;
    return {
      key,
      from,
      subject: fieldText(lastShown(container.ownerDocument, S.subject), "title"),
      date: parseShownDate(container.querySelector(S.date)?.getAttribute("title")),
      text: bodyText(body),
      anchor,
    };
  },

  frames(doc: Document): Document[] {
    return shownAll(doc, S.bodyFrame).flatMap((frame) => frameDocument(frame) ?? []);
  },
};
