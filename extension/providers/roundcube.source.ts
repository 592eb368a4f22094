import { fetchText, looksLikeMessage, sameOriginUrl } from "./source-fetch";
import type { LocatedMessage, SourceFetch } from "./types";

// Roundcube's "More › View source" opens `?_task=mail&_uid=<uid>&_mbox=<mbox>&_action=viewsource`
// and answers the message exactly as stored, as text/plain. The uid and the folder come from the
// address of the document that shows the message (the preview frame, or the full-page view).

/** The view-source address of the message shown in `doc`, or null when its address names none. */
export function roundcubeSourceUrl(doc: Document): string | null {
  let shown: URL;
  try {
    shown = new URL(doc.URL);
  } catch {
    return null;
  }
  const uid = shown.searchParams.get("_uid");
  const mbox = shown.searchParams.get("_mbox");
  if (!uid || !/^\d+$/.test(uid) || !mbox) return null;
  const query = new URLSearchParams({ _task: "mail", _uid: uid, _mbox: mbox, _action: "viewsource" });
  return sameOriginUrl(doc, `${shown.pathname}?${query}`);
}

/** The raw source of Roundcube's open message, or null. */
export async function readRoundcubeSource(located: LocatedMessage, fetchPage: SourceFetch): Promise<string | null> {
  const text = await fetchText(fetchPage, roundcubeSourceUrl(located.container.ownerDocument));
  return text !== null && looksLikeMessage(text) ? text : null;
}
