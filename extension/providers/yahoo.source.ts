import { fetchText, looksLikeMessage, sameOriginUrl } from "./source-fetch";
import type { LocatedMessage, SourceFetch } from "./types";

// Yahoo Mail's "More › View raw message" opens
// `/ws/v3/mailboxes/@.id==<mailboxId>/messages/@.id==<messageId>/content/rawplaintext?appid=YMailNorrin`
// on the page's own origin, which answers the message as text/plain. Where the parts come from:
// - the message id: the page's own address, `/d/folders/<folder>/messages/<messageId>`;
// - the mailbox id: the app's bootstrap state in an inline script (`"mailboxId":"…"`).

const MESSAGE_ID = /\/messages\/([A-Za-z0-9_-]{8,128})(?:[/?#]|$)/;
const MAILBOX_ID = /"mailboxId"\s*:\s*"([A-Za-z0-9_~.-]{4,128})"/;

/** The signed-in mailbox's id from the page's bootstrap script, or null. */
function yahooMailboxId(doc: Document): string | null {
  for (const script of Array.from(doc.querySelectorAll("script:not([src])"))) {
    const match = MAILBOX_ID.exec(script.textContent ?? "");
    if (match) return match[1];
  }
  return null;
}

/** The raw-message address of the message the page's address names, or null. */
export function yahooSourceUrl(doc: Document): string | null {
  const messageId = MESSAGE_ID.exec(new URL(doc.URL).pathname)?.[1];
  const mailboxId = yahooMailboxId(doc);
  if (!messageId || !mailboxId) return null;
  return sameOriginUrl(
    doc,
    `/ws/v3/mailboxes/@.id==${mailboxId}/messages/@.id==${messageId}/content/rawplaintext?appid=YMailNorrin`,
  );
}

/** The raw source of Yahoo's open message, or null. */
export async function readYahooSource(located: LocatedMessage, fetchPage: SourceFetch): Promise<string | null> {
  const text = await fetchText(fetchPage, yahooSourceUrl(located.container.ownerDocument));
  return text !== null && looksLikeMessage(text) ? text : null;
}
