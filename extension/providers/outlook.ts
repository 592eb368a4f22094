import { senderFromText, sender, parseShownDate } from "./header-values";
import { outlookSelectors as S } from "./outlook.selectors";
import { bodyText, fieldText, lastShown } from "./page-reading";
import type { LocatedMessage, OpenMessage, WebmailProvider } from "./types";

/** Reads the From line: the name span, and the `<address>` OWA prints after it. */
function readSender(container: Element) {
  const line = container.querySelector(S.sender);
  if (!line) return undefined;
  const name = fieldText(line.querySelector(S.senderName));
  const address = /<([^<>\s]+@[^<>\s]+)>/.exec(line.textContent ?? "")?.[1];
  return sender(name, address) ?? senderFromText(line.getAttribute("aria-label")?.replace(/^From:\s*/, ""));
}

/** Outlook on the web: the last expanded item with a body in the reading pane (or its single message). */
export const outlook: WebmailProvider = {
  id: "outlook",
  name: "Outlook on the web",
  hosts: ["outlook.live.com", "outlook.office.com", "outlook.office365.com"],
  pageMarker: `${S.listItem}, ${S.readingPane}`,
  // No readSource: the MIME content is behind Outlook's own API token (see README).

  locate(doc: Document): LocatedMessage | undefined {
    const pane = doc.querySelector(S.readingPane);
    const body = pane && lastShown(pane, S.body);
    if (!pane || !body) return undefined;
    // A conversation has expandable items; a single message (conversation view off) has none.
    const container = body.closest(S.expandedItem) ?? pane;
    const from = container.querySelector(S.sender)?.textContent ?? "";
    const date = container.querySelector(S.date)?.textContent ?? "";
    return { key: `outlook:${from}|${date}`, container, anchor: body };
  },

  read({ key, container, anchor }: LocatedMessage): OpenMessage | undefined {
    const from = readSender(container);
    if (!from) return undefined;
    const pane = container.closest(S.readingPane) ?? container.ownerDocument;
    return {
      key,
      from,
      subject: fieldText(pane.querySelector(S.subject), "title"),
      date: parseShownDate(container.querySelector(S.date)?.textContent),
      text: bodyText(anchor),
      anchor,
    };
  },
};
