/** Raw messages up to this size are kept in D1 (1 MB); larger ones keep only preview and assessment. */
export const RAW_STORE_LIMIT = 1024 * 1024;
/** Characters of body text kept for display. */
export const PREVIEW_CHARS = 2000;

/**
 * The raw message as text that round-trips its bytes: bytes become one character each (Latin-1),
 * so 8-bit bodies in any charset survive storage and export unchanged.
 */
export function asRawText(raw: string | Uint8Array): string {
  if (typeof raw === "string") return raw;
  let text = "";
  for (let i = 0; i < raw.length; i += 0x8000) text += String.fromCharCode(...raw.subarray(i, i + 0x8000));
  return text;
}

/** The notice's body text, whitespace runs folded, cut at a word near the preview length. */
export function previewOf(text: string): string {
  const folded = text
    .replace(/[ \t]+/g, " ")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  if (folded.length <= PREVIEW_CHARS) return folded;
  const cut = folded.slice(0, PREVIEW_CHARS);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), PREVIEW_CHARS - 50))}…`;
}

/** What makes two deliveries the same notice: the Message-ID, else the SHA-256 of the raw message. */
export async function dedupeKeyOf(messageId: string | null, rawText: string): Promise<string> {
  const id = messageId?.trim();
  if (id) return id.replace(/^<|>$/g, "");
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(rawText));
  return `sha256:${[...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("")}`;
}
