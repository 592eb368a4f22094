import { readGmailSource } from "./gmail.source";
import { gmailSelectors as S } from "./gmail.selectors";
import { parseShownDate, sender } from "./header-values";
import { bodyText, fieldText, isShown, lastShown } from "./page-reading";
import type { LocatedMessage, OpenMessage, WebmailProvider } from "./types";

/** Gmail: the open message is the last expanded `.adn.ads` in the visible conversation. */
export const gmail: WebmailProvider = {
  id: "gmail",
  name: "Gmail",
  hosts: ["mail.google.com"],
  pageMarker: `${S.listRow}, ${S.expandedMessage}, ${S.collapsedMessage}`,
  readSource: readGmailSource,

  locate(doc: Document): LocatedMessage | undefined {
    const container = lastShown(doc, S.expandedMessage);
    const body = container?.querySelector(S.body);
    if (!container || !body) return undefined;
    const id = container.getAttribute("data-message-id") ?? container.getAttribute("data-legacy-message-id");
    const address = container.querySelector(S.sender)?.getAttribute("email") ?? "";
    const key = id ?? `${address}|${container.querySelector(S.date)?.getAttribute("title") ?? ""}`;
    return { key: `gmail:${key}`, container, anchor: body.closest(S.bodyWrapper) ?? body };
  },

  read({ key, container, anchor }: LocatedMessage): OpenMessage | undefined {
    const chip = container.querySelector(S.sender);
    const from = sender(chip?.getAttribute("name") ?? chip?.textContent, chip?.getAttribute("email"));
    const body = container.querySelector(S.body);
    if (!from || !body) return undefined;
    // The subject belongs to the thread that holds this message, not to another rendered view.
    const thread = container.closest('[role="main"]') ?? container.ownerDocument;
    const subject = Array.from(thread.querySelectorAll(S.subject)).find(isShown);
    return {
      key,
      from,
      subject: fieldText(subject),
      date: parseShownDate(container.querySelector(S.date)?.getAttribute("title")),
      text: bodyText(body),
      anchor,
    };
  },
};
