import { makeClaim } from "./claim-texts";
import type { CertificateRecord } from "../inventory";
import { certificateCovers } from "../x509/hostname";
import { findDates } from "./dates";
import { LEXICONS } from "./lexicon";
import type { Claim, Language } from "./types";

// Column headers that hold an expiry date, in every language's lexicon (`expiryColumn`): a short
// cell without digits that names the expiry, maybe among other words ("Certificate expiry (UTC)").
const EXPIRY_HEADER_RE = new RegExp(
  `^[^\\d]{0,24}(?<![\\p{L}])(?:${LEXICONS.flatMap((l) => l.phrases.expiryColumn ?? []).join("|")})(?![\\p{L}])[^\\d]{0,24}$`,
  "iu",
);
const HOST_RE =
  /(?:\*\.)?(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+(?:\p{L}{2,24}|xn--[a-z0-9-]{1,59})/giu;
// Cells end at a tab (text from HTML tables) or at a run of spaces (tables laid out in plain text).
const CELL_BREAK_RE = /\t| {2,}/;
const MAX_LINES = 2000; // a table sits in the opening of a notice

/**
 * Expiry dates a table states for the certificate: text rendered from an HTML table keeps a tab
 * between cells and a line per row (plain-text tables align cells with runs of spaces), so the
 * header row says which column holds the expiry date and
 * the row that names one of the certificate's hosts gives it. Other rows speak of other
 * certificates and are left out.
 * @example tableExpiryClaims("Domain\tExpires\nshop.example.com\t28/11/2026", cert, "dmy")
 */
export function tableExpiryClaims(
  text: string,
  cert: CertificateRecord,
  slashOrder: "dmy" | "mdy",
  language: Language,
): Claim[] {
  if (!text.includes("\t") && !text.includes("  ")) return [];
  const names = [cert.commonName, ...cert.sans];
  const claims: Claim[] = [];
  let column = -1;
  let lines = 0;
  for (const line of text.split("\n")) {
    if (++lines > MAX_LINES) break;
    const cells = line
      .trim()
      .split(CELL_BREAK_RE)
      .map((c) => c.trim());
    if (cells.length < 2) {
      column = -1; // a line without cells ends the table
      continue;
    }
    const hosts = [...line.matchAll(HOST_RE)].map((m) => m[0].toLowerCase());
    // A header row names no host: "shop.example.com | Expiring soon | 28/11/2026" is a row of data.
    const header = hosts.length ? -1 : cells.findIndex((c) => EXPIRY_HEADER_RE.test(c));
    if (header >= 0) {
      column = header;
      continue;
    }
    if (column < 0 || column >= cells.length) continue;
    if (!hosts.some((h) => certificateCovers(names, h))) continue;
    const date = findDates(cells[column], slashOrder)[0]?.date;
    if (!date) continue;
    claims.push(
      makeClaim("expires-on", date, { phrase: cells.join(" | ").slice(0, 160), language, ruleId: "expiry.table" }),
    );
  }
  return claims;
}
