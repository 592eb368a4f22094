import { parseShownDate, sender, senderFromText } from "./header-values";
import { bodyText, fieldText, lastShown } from "./page-reading";
import type { LocatedMessage, OpenMessage, WebmailProvider } from "./types";

// The fallback for a webmail without its own adapter: common names for a message body, and a
// From field near it in the message's own header. It reads nothing unless both are present.

const BODY = '#messagebody, [aria-label="Message body"], .message-body, .mail-body, .msg-body';
const FROM =
  'td.from [title*="@"], .from [title*="@"], .sender [title*="@"], .from a[href^="mailto:"], .sender a[href^="mailto:"]';
const SUBJECT = "h1.subject, h2.subject, .subject h1, .subject h2, h1, h2";
const DATE = "time[datetime], td.date, .date";
/** How far up from the body the message header may sit. */
const HEADER_LEVELS = 6;

function headerAround(body: Element): Element | undefined {
  let node: Element | null = body.parentElement;
  for (let level = 0; node && level < HEADER_LEVELS; level++, node = node.parentElement) {
    if (node.querySelector(FROM)) return node;
  }
  return undefined;
}

/** The fallback adapter: used on hosts the registry does not know. */
export const generic: WebmailProvider = {
  id: "generic",
  name: "Webmail",
  hosts: [],
  pageMarker: "", // any page: the generic reader makes no claim about the markup

  locate(doc: Document): LocatedMessage | undefined {
    const body = lastShown(doc, BODY);
    const container = body && headerAround(body);
    if (!body || !container) return undefined;
    const from = container.querySelector(FROM);
    const key = `${from?.getAttribute("title") ?? from?.getAttribute("href") ?? ""}|${fieldText(container.querySelector(DATE))}`;
    return { key: `generic:${key}`, container, anchor: body };
  },

  read({ key, container, anchor }: LocatedMessage): OpenMessage | undefined {
    const field = container.querySelector(FROM);
    const from =
      sender(field?.textContent, field?.getAttribute("title") ?? field?.getAttribute("href")) ??
      senderFromText(field?.getAttribute("title"));
    if (!from) return undefined;
    const date = container.querySelector(DATE);
    return {
      key,
      from,
      subject: fieldText(container.querySelector(SUBJECT)).replace(/^Subject:\s*/i, ""),
      date: parseShownDate(date?.getAttribute("datetime") || date?.textContent),
      text: bodyText(anchor),
      anchor,
    };
  },
};
