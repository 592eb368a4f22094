import { fetchText, looksLikeMessage, sameOriginUrl } from "./source-fetch";
import type { LocatedMessage, SourceFetch } from "./types";

// Gmail's "Show original" is `/mail/u/<n>/?ik=<ik>&view=om&permmsgid=msg-f:<id>`, an HTML page
// with the message as text in a `<pre>`. Where the parts come from:
// - `<n>`, the signed-in account's index: the page's own path, `/mail/u/<n>/`.
// - `ik`, the account's short key: the inline `<script>` that sets `var GLOBALS=[…]` holds it as
//   the tenth element (GLOBALS[9]); Gmail's own attachment and print links carry it as `ik=` too.
// - the message id: the `data-message-id="#msg-f:<id>"` attribute of the expanded message
//   (`div.adn.ads`), the same id the permmsgid parameter takes.

const GLOBALS_IK =
  /GLOBALS\s*=\s*\[(?:\s*(?:null|true|false|-?[\d.]+|"(?:[^"\\]|\\.)*"|\[[^\]]*\])\s*,){9}\s*"([0-9a-f]{6,16})"/;
const IK = /^[0-9a-f]{6,16}$/;

/** The account key `ik` from the page's GLOBALS script, or from one of Gmail's own links. */
export function gmailIk(doc: Document): string | null {
  for (const script of Array.from(doc.querySelectorAll("script:not([src])"))) {
    const text = script.textContent ?? "";
    if (!text.includes("GLOBALS")) continue;
    const match = GLOBALS_IK.exec(text);
    if (match) return match[1];
  }
  for (const link of Array.from(doc.querySelectorAll('a[href*="ik="]'))) {
    try {
      const ik = new URL(link.getAttribute("href") ?? "", doc.URL).searchParams.get("ik");
      if (ik && IK.test(ik)) return ik;
    } catch {
      // not a usable link; try the next
    }
  }
  return null;
}

/** The "Show original" address of an expanded message, or null when the page does not name its parts. */
export function gmailSourceUrl(container: Element): string | null {
  const doc = container.ownerDocument;
  const id = /^#?msg-f:(\d{1,24})$/.exec(container.getAttribute("data-message-id") ?? "")?.[1];
  const account = /^\/mail\/u\/(\d{1,2})\//.exec(new URL(doc.URL).pathname)?.[1] ?? "0";
  const ik = gmailIk(doc);
  if (!id || !ik) return null;
  return sameOriginUrl(doc, `/mail/u/${account}/?ik=${ik}&view=om&permmsgid=msg-f:${id}`);
}

const PRE = /<pre\b[^>]*>([\s\S]*?)<\/pre>/gi;
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

/** Undoes the HTML escaping of a `<pre>`'s text (the page is never parsed: Gmail enforces Trusted Types). */
function unescapeHtml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== "#") return ENTITIES[name.toLowerCase()] ?? whole;
    const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** The message in a "Show original" page: the `pre` that holds header lines. */
export function originalFromPage(html: string): string | null {
  for (const match of html.matchAll(PRE)) {
    const text = unescapeHtml(match[1].replace(/^\r?\n/, ""));
    if (looksLikeMessage(text)) return text;
  }
  return null;
}

/** The raw source of Gmail's open message: the text of the "Show original" page's `pre`. */
export async function readGmailSource(located: LocatedMessage, fetchPage: SourceFetch): Promise<string | null> {
  const html = await fetchText(fetchPage, gmailSourceUrl(located.container));
  return html === null ? null : originalFromPage(html);
}
