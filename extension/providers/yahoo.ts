import { readYahooSource } from "./yahoo.source";
import { parseShownDate, sender } from "./header-values";
import { bodyText, fieldText, lastShown } from "./page-reading";
import type { LocatedMessage, OpenMessage, WebmailProvider } from "./types";
import { yahooSelectors as S } from "./yahoo.selectors";

/** Yahoo Mail: the last expanded message view with a body. */
export const yahoo: WebmailProvider = {
  id: "yahoo",
  name: "Yahoo Mail",
  hosts: ["mail.yahoo.com"],
  pageMarker: `${S.listItem}, ${S.messageView}`,
  readSource: readYahooSource,

  locate(doc: Document): LocatedMessage | undefined {
    const body = lastShown(doc, S.body);
    const container = body?.closest(S.messageView) ?? undefined;
    if (!body || !container) return undefined;
    const pill = container.querySelector(S.sender)?.getAttribute("title") ?? "";
    const date = container.querySelector(S.date)?.getAttribute("title") ?? "";
    return { key: `yahoo:${pill}|${date}`, container, anchor: body };
  },

  read({ key, container, anchor }: LocatedMessage): OpenMessage | undefined {
    const pill = container.querySelector(S.sender);
    const from = sender(pill?.textContent, pill?.getAttribute("title"));
    if (!from) return undefined;
    return {
      key,
      from,
      subject: fieldText(lastShown(container.ownerDocument, S.subject)),
      date: parseShownDate(container.querySelector(S.date)?.getAttribute("title")),
      text: bodyText(anchor),
      anchor,
    };
  },
};
