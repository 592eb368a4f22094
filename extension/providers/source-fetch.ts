import type { SourceFetch } from "./types";

// A message's source is read only from the webmail's own origin, the way its "Show original"
// link reads it: with the user's session cookie, never sent anywhere else.

/** Sources larger than this are not read: the engine judges the first 512 KiB, and no vendor notice is this large. */
const MAX_SOURCE_BYTES = 4 * 1024 * 1024;

/** The browser's fetch with the user's session, same-origin only. */
export const sessionFetch: SourceFetch = (url, init = {}) => fetch(url, { credentials: "include", ...init });

/** `path` resolved against the page's own origin; null when it would leave that origin. */
export function sameOriginUrl(doc: Document, path: string): string | null {
  try {
    const url = new URL(path, doc.URL);
    return url.origin === new URL(doc.URL).origin ? url.toString() : null;
  } catch {
    return null;
  }
}

/**
 * The body of a successful same-origin GET as text, or null on any failure (signed out, not
 * found, too large, redirected to another origin, network error): an unreadable source is a state
 * the overlay shows, not an error.
 */
export async function fetchText(
  fetchPage: SourceFetch,
  url: string | null,
  init?: RequestInit,
): Promise<string | null> {
  if (!url) return null;
  try {
    const response = await fetchPage(url, init);
    if (!response.ok) return null;
    // A redirect may have left the webmail's origin: what another site sends is not the message.
    if (response.url && new URL(response.url).origin !== new URL(url).origin) return null;
    const length = Number(response.headers.get("content-length") ?? 0);
    if (length > MAX_SOURCE_BYTES) return null;
    const text = await response.text();
    return text.length > MAX_SOURCE_BYTES ? null : text;
  } catch {
    return null;
  }
}

/** Whether text looks like an RFC 822 message: header lines before the first empty line, with a From. */
export function looksLikeMessage(text: string): boolean {
  const head = text.slice(0, 64 * 1024).split(/\r?\n\r?\n/, 1)[0] ?? "";
  return /^[!-9;-~]+:/.test(head) && /^from:/im.test(head);
}
