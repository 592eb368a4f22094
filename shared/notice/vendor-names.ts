import { readerText } from "./lookalike";
import { VENDORS, type Vendor } from "./vendors";

// Words a forger glues to a vendor's name in a display name ("DigiCertBilling", "IONOS-Rechnung").
const GLUED = ["billing", "support", "service", "services", "team", "security", "renewal", "renewals", "invoice", "account", "accounts", "rechnung", "kundenservice", "factura", "fatura", "fattura", "facture"];

const words = (text: string) => readerText(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

interface NamePattern {
  vendor: Vendor;
  /** The name's words in order ("network", "solutions"). */
  words: string[];
}

const PATTERNS: NamePattern[] = VENDORS.flatMap((vendor) =>
  [...new Set(vendor.aliases.map((name) => words(name).join(" ")))]
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
  const tokens = words(text.slice(0, 500));
  if (tokens.length === 0) return undefined;
  const joined = ` ${tokens.join(" ")} `;
  for (const { vendor, words: run } of PATTERNS) {
    const compact = run.join("");
    const named = containsRun(tokens, run) || tokens.some((t) => t === compact || gluedName(t, compact));
    if (!named) continue;
    if (vendor.notNames?.some((other) => joined.includes(` ${words(other).join(" ")} `))) continue;
    return vendor;
  }
  return undefined;
}
