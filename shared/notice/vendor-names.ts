import { readerText, skeleton } from "./lookalike";
import { VENDORS, type Vendor } from "./vendors";

// Words a forger glues to a vendor's name in a display name ("DigiCertBilling", "IONOS-Rechnung").
const GLUED = [
  "billing",
  "support",
  "service",
  "services",
  "team",
  "security",
  "renewal",
  "renewals",
  "invoice",
  "account",
  "accounts",
  "rechnung",
  "kundenservice",
  "factura",
  "fatura",
  "fattura",
  "facture",
].map(skeleton);

const words = (text: string) =>
  readerText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
// Words as a reader sees them: "lONOS" (a lower-case L) and "IONOS" read alike, so do "0VH" and "OVH".
const readAs = (tokens: string[]) => tokens.map(skeleton);

/**
 * Letter-spaced names ("A r u b a  A m m in i s tr a zio ne") read as the words they spell:
 * runs of one- and two-letter tokens are joined, as the eye joins them.
 */
function unspaced(tokens: string[]): string[] {
  const short = tokens.filter((t) => t.length <= 2).length;
  if (short < 4 || short * 2 < tokens.length) return [];
  return [tokens.join("")];
}

interface NamePattern {
  vendor: Vendor;
  /** The name's words in order ("network", "solutions"). */
  words: string[];
}

const PATTERNS: NamePattern[] = VENDORS.flatMap((vendor) =>
  [...new Set(vendor.aliases.map((name) => readAs(words(name)).join(" ")))]
    .filter((name) => name.replace(/ /g, "").length >= 3)
    .map((name) => ({ vendor, words: name.split(" ") })),
);
// Longer names first: "SSL Dragon" before "SSL.com"-like short ones, "Network Solutions" before a one-word name.
PATTERNS.sort((a, b) => b.words.join("").length - a.words.join("").length);

function containsRun(tokens: string[], run: string[]): boolean {
  outer: for (let i = 0; i + run.length <= tokens.length; i++) {
    for (let j = 0; j < run.length; j++) if (tokens[i + j] !== run[j]) continue outer;
    return true;
  }
  return false;
}

function gluedName(token: string, name: string): boolean {
  if (token.length <= name.length) return false;
  if (token.startsWith(name)) return GLUED.includes(token.slice(name.length));
  return token.endsWith(name) && GLUED.includes(token.slice(0, token.length - name.length));
}

/**
 * The vendor a display name (or short text) names, or undefined. Names count as whole words,
 * confusable letters read as the letters they imitate ("DіgiCert" with a Cyrillic і): "Aruba"
 * is named in "Aruba S.p.A." but not in "Arubahost", and "Aruba Networks" is another company.
 * A name glued to a billing word counts too ("DigiCertBilling").
 *
 * @example vendorNamedIn("STRATO AG Kundenservice")?.name // → "STRATO"
 */
export function vendorNamedIn(text: string): Vendor | undefined {
  if (!text) return undefined;
  const tokens = readAs(words(text.slice(0, 500)));
  if (tokens.length === 0) return undefined;
  const joined = ` ${tokens.join(" ")} `;
  const spelled = unspaced(tokens);
  for (const { vendor, words: run } of PATTERNS) {
    const compact = run.join("");
    const named =
      containsRun(tokens, run) ||
      tokens.some((t) => t === compact || gluedName(t, compact)) ||
      // A letter-spaced name is one run of letters: the vendor's name must open it.
      (compact.length >= 4 && spelled.some((s) => s.startsWith(compact)));
    if (!named) continue;
    if (vendor.notNames?.some((other) => joined.includes(` ${readAs(words(other)).join(" ")} `))) continue;
    return vendor;
  }
  return undefined;
}
