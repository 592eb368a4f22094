import { readFastmailSource } from "./fastmail.source";
import { fastmailSelectors as S } from "./fastmail.selectors";
import { parseShownDate, sender } from "./header-values";
import { bodyText, fieldText, lastShown } from "./page-reading";
import type { LocatedMessage, OpenMessage, WebmailProvider } from "./types";

/** Fastmail: the last `.v-Message` in the conversation that shows a body. */
export const fastmail: WebmailProvider = {
  id: "fastmail",
  name: "Fastmail",
  hosts: ["app.fastmail.com", "www.fastmail.com"],
  pageMarker: `${S.listItem}, ${S.message}`,
  readSource: readFastmailSource,

  locate(doc: Document): LocatedMessage | undefined {
    const body = lastShown(doc, S.body);
    const container = body?.closest(S.message) ?? undefined;
    if (!body || !container) return undefined;
    const address = fieldText(container.querySelector(S.senderAddress));
    const date = container.querySelector(S.date)?.getAttribute("datetime") ?? "";
    return { key: `fastmail:${container.id || address}|${date}`, container, anchor: body };
  },

  read({ key, container, anchor }: LocatedMessage): OpenMessage | undefined {
    const from = sender(
      fieldText(container.querySelector(S.senderName)),
      fieldText(container.querySelector(S.senderAddress)),
    );
    if (!from) return undefined;
    return {
      key,
      from,
      subject: fieldText(lastShown(container.ownerDocument, S.subject)),
      date: parseShownDate(container.querySelector(S.date)?.getAttribute("datetime")),
      text: bodyText(anchor),
      anchor,
    };
  },
};
