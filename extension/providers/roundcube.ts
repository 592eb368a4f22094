import { readRoundcubeSource } from "./roundcube.source";
import { parseShownDate, sender } from "./header-values";
import { bodyText, fieldText, frameDocument, isShown } from "./page-reading";
import { roundcubeSelectors as S } from "./roundcube.selectors";
import type { LocatedMessage, OpenMessage, WebmailProvider } from "./types";

/** The document showing the message: the preview frame's, or the top one in full-page view. */
function messageDocument(doc: Document): Document | undefined {
  if (doc.querySelector(S.body)) return doc;
  const frame = doc.querySelector(S.previewFrame);
  return frame && isShown(frame) ? frameDocument(frame) : undefined;
}

/** The message uid from the document's address (`_uid=107`), when Roundcube put one there. */
function uidOf(doc: Document): string {
  try {
    return new URL(doc.URL).searchParams.get("_uid") ?? "";
  } catch {
    return "";
  }
}

/** Roundcube: the message in the preview frame (or the full-page message view). */
export const roundcube: WebmailProvider = {
  id: "roundcube",
  name: "Roundcube",
  hosts: [],
  pageMarker: `${S.listRow}, #messagelist, ${S.body}, ${S.previewFrame}`,
  readSource: readRoundcubeSource,

  locate(doc: Document): LocatedMessage | undefined {
    const messageDoc = messageDocument(doc);
    const body = messageDoc?.querySelector(S.body);
    if (!messageDoc || !body) return undefined;
    const address = messageDoc.querySelector(S.sender)?.getAttribute("title") ?? "";
    const key = `roundcube:${uidOf(messageDoc)}|${address}|${fieldText(messageDoc.querySelector(S.date))}`;
    return { key, container: messageDoc.documentElement, anchor: body };
  },

  read({ key, container, anchor }: LocatedMessage): OpenMessage | undefined {
    const link = container.querySelector(S.sender);
    const from = sender(link?.textContent, link?.getAttribute("title") ?? link?.getAttribute("href"));
    if (!from) return undefined;
    const heading = fieldText(container.querySelector(S.subject));
    const voice = fieldText(container.querySelector(S.subjectVoice));
    return {
      key,
      from,
      subject: voice && heading.startsWith(voice) ? heading.slice(voice.length).trim() : heading,
      date: parseShownDate(container.querySelector(S.date)?.textContent),
      text: bodyText(anchor),
      anchor,
    };
  },

  frames(doc: Document): Document[] {
    const frameDoc = frameDocument(doc.querySelector(S.previewFrame));
    return frameDoc ? [frameDoc] : [];
  },
};
