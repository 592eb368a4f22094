/// <reference path="../punycode.d.ts" />
import punycode from "punycode.js";
import { getPublicSuffix } from "tldts";
import { CONFUSABLE_TO_ASCII } from "./confusables-data";
import { VENDORS, type Vendor } from "./vendors";

// Digits and letters people read as letters in a domain ("d1gicert", "g0daddy", "ovhc1oud"),
// beyond what Unicode's confusables list, which maps non-ASCII characters only.
const ASCII_LOOKALIKES: Record<string, string> = { "0": "o", "1": "l", "3": "e", "5": "s" };
// Letters with a stroke that NFKD does not take apart.
const STROKED: Record<string, string> = { ł: "l", ø: "o", đ: "d", ħ: "h" };

/**
 * Text reduced to what a reader sees: Unicode confusables (UTS #39) mapped to the ASCII letters
 * they imitate, diacritics dropped, lower-cased. Separators are kept.
 */
export function readerText(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFC")) {
    const mapped = CONFUSABLE_TO_ASCII.get(ch) ?? STROKED[ch.toLowerCase()];
    if (mapped) {
      out += mapped;
      continue;
    }
    for (const part of ch.normalize("NFKD").toLowerCase()) if (!/\p{M}/u.test(part)) out += part;
  }
  return out;
}

/** A label reduced to what a reader sees: diacritics and hyphens gone, look-alike letters merged. */
export function skeleton(label: string): string {
  let out = "";
  for (const ch of readerText(label)) {
    if (ch === "-" || ch === "_") continue;
    out += ASCII_LOOKALIKES[ch] ?? ch;
  }
  // rn→m, vv→w, and i/l (and 1) read alike in most sans-serif fonts.
  return out.replace(/rn/g, "m").replace(/vv/g, "w").replace(/i/g, "l");
}

/**
 * Edits between two labels; two neighbouring letters swapped ("digicret") count as one slip, as a
 * reader sees it. Beyond `limit` it answers `limit + 1` as soon as that is certain.
 */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  let prevLeast = 0;
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let least = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        cur[j] = Math.min(cur[j], before[j - 2] + 1);
      if (cur[j] < least) least = cur[j];
    }
    // A row's least is at least the smaller of the last row's and one more than the row before's:
    // two rows past the limit keep every later row, and the answer, past it.
    if (least > limit && prevLeast + 1 > limit) return limit + 1;
    before = prev;
    prev = cur;
    prevLeast = least;
  }
  return prev[b.length];
}

/** Decodes one `xn--` label (IDNA Punycode), so IDN homoglyphs can be compared; other labels come back as they are. */
export function decodePunycodeLabel(label: string): string {
  if (!label.startsWith("xn--")) return label;
  try {
    return punycode.toUnicode(label);
  } catch {
    return label;
  }
}

// Each vendor's distinctive label (the part before the suffix of its first domain), precomputed.
// Its other domains stay out: generic words like "t-systems" or "sslcertificaten" would catch strangers.
// A vendor's written names count too ("ovhcloud" beside ovh.com, "google trust services" beside
// pki.goog): impostors spell the name people know. Names that are domains ("ssl.com") stay out.
const BRANDS = VENDORS.filter((vendor) => vendor.lookAlike !== false).flatMap((vendor) => {
  const domain = vendor.domains[0];
  const raws = [
    domain.split(".")[0],
    ...vendor.aliases.filter((a) => !a.includes(".")).map((a) => a.replace(/[^\p{L}\p{N}]/gu, "")),
  ];
  const seen = new Set<string>();
  return raws.flatMap((raw) => {
    // Report the domain that carries the name when there is one (ovhcloud.com, not ovh.com).
    const own = vendor.domains.find((d) => skeleton(d.split(".")[0]) === skeleton(raw)) ?? domain;
    const brand = { vendor, domain: own, raw, skeleton: skeleton(raw) };
    if (brand.skeleton.length < 4 || seen.has(brand.skeleton)) return [];
    seen.add(brand.skeleton);
    return [brand];
  });
});

// Vendors whose name is a short word plus its suffix ("ssl.com"): the label alone ("ssl") is too
// common to compare, so the name counts only whole, as its own label run: ssl-com.billing.net,
// ssl.com.billing-center.com, sslcom-payments.net, but not secure-ssl.com or sslcompany.com.
const DOTTED_BRANDS = VENDORS.filter((vendor) => vendor.lookAlike !== false).flatMap((vendor) =>
  vendor.domains
    .slice(0, 1)
    .filter((domain) => skeleton(domain.split(".")[0]).length < 4)
    .map((domain) => {
      const [name, ...suffix] = domain.split(".");
      const escaped = [name, ...suffix].map((part) => part.replace(/[^a-z0-9]/g, "\\$&"));
      return { vendor, domain, re: new RegExp(`(?:^|[.-])${escaped.join("[.-]?")}(?:[.-]|$)`) };
    }),
);

// Words impostors glue to a short vendor name ("ionosbilling", "rechnunggandi"): a short name inside
// any word would catch strangers ("amendment"), beside one of these it is a disguise.
const LURES = new Set(
  [
    "billing",
    "invoice",
    "invoices",
    "invoicing",
    "payment",
    "payments",
    "pay",
    "secure",
    "security",
    "support",
    "renew",
    "renewal",
    "renewals",
    "account",
    "accounts",
    "verify",
    "verification",
    "login",
    "portal",
    "service",
    "services",
    "notice",
    "alert",
    "alerts",
    "team",
    "help",
    "online",
    "center",
    "centre",
    "ssl",
    "cert",
    "certs",
    "rechnung",
    "zahlung",
    "kunden",
    "factura",
    "facturas",
    "facturation",
    "facture",
    "factures",
    "pago",
    "pagos",
    "pagamento",
    "pagamentos",
    "fatura",
    "faturas",
    "cobranca",
    "betaling",
    "faktura",
    "fattura",
    "pagamenti",
  ].map(skeleton),
);

function luredName(seen: string, brand: string): boolean {
  if (seen.length <= brand.length) return false;
  if (seen.startsWith(brand)) return LURES.has(seen.slice(brand.length));
  return seen.endsWith(brand) && LURES.has(seen.slice(0, seen.length - brand.length));
}

const escapeDomain = (domain: string) => domain.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
// Every real vendor domain, for hosts that carry one whole in front of their own: "quovadisglobal.com.billing.net".
const VENDOR_DOMAIN_INSIDE_RE = new RegExp(
  `(?:^|[.-])(${VENDORS.flatMap((v) => v.domains)
    .sort((a, b) => b.length - a.length)
    .map(escapeDomain)
    .join("|")})[.-]`,
);
const VENDOR_OF_DOMAIN = new Map(VENDORS.flatMap((v) => v.domains.map((d) => [d, v] as const)));

/**
 * The vendor a sending host imitates, or null: a vendor's name inside another domain
 * (`digicert-billing.com`, `digicert.com-invoices.net`, `gandi-billing.net`, `ssl-com.billing-center.com`), a letter swapped for a look-alike
 * (`sectlgo.com`, `rn` for `m`, Cyrillic letters) or one or two letters off. Call it only for
 * hosts that are not the vendor's own domains.
 */
export function lookAlikeOf(host: string): { vendor: Vendor; domain: string } | null {
  const suffix = getPublicSuffix(host) ?? "";
  const labels = host
    .slice(0, Math.max(0, host.length - suffix.length - 1))
    .split(".")
    .filter(Boolean);
  for (const rawLabel of labels) {
    const label = decodePunycodeLabel(rawLabel.toLowerCase());
    const seen = skeleton(label);
    // Words of a hyphenated label: "gandi-billing" carries "gandi" whole even where the name is too short to search inside words.
    const words = label.split(/[-_]/).filter(Boolean).map(skeleton);
    for (const brand of BRANDS) {
      if (label === brand.raw && labels.length === 1) continue; // the brand's own name under another suffix
      const similar =
        seen === brand.skeleton ||
        (words.length > 1 && words.includes(brand.skeleton)) ||
        // A misspelt name as one word of a hyphenated label ("sectgio-billing"): same length, so "trust" is no "d-trust".
        (words.length > 1 &&
          brand.skeleton.length >= 6 &&
          words.some((w) => w.length === brand.skeleton.length && editDistance(w, brand.skeleton, 1) <= 1)) ||
        (brand.skeleton.length >= 6 && seen.includes(brand.skeleton)) ||
        luredName(seen, brand.skeleton) ||
        (brand.skeleton.length >= 6 && editDistance(seen, brand.skeleton, 2) <= (brand.skeleton.length >= 9 ? 2 : 1));
      if (similar) return { vendor: brand.vendor, domain: brand.domain };
    }
  }
  const name = labels.join(".").toLowerCase();
  const dotted = DOTTED_BRANDS.find((brand) => brand.re.test(name));
  if (dotted) return { vendor: dotted.vendor, domain: dotted.domain };
  // Only labels before the host's own suffix count: ssl.com.br is a domain of its own, ssl.com.pay.net is not.
  const inside = VENDOR_DOMAIN_INSIDE_RE.exec(name)?.[1];
  return inside ? { vendor: VENDOR_OF_DOMAIN.get(inside)!, domain: inside } : null;
}
