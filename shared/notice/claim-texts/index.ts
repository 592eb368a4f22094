import { formattersFor } from "../reasons/format";
import type { Claim, ClaimType, Evidence } from "../types";
import { de } from "./de";
import { en } from "./en";
import { es } from "./es";
import { fr } from "./fr";
import { it } from "./it";
import { nl } from "./nl";
import { pt } from "./pt";
import type { ClaimFacts, ClaimTemplates } from "./types";

export type { ClaimFacts, ClaimTemplate, ClaimTemplates } from "./types";

const TEMPLATES: Record<string, ClaimTemplates> = { en, de, fr, es, nl, it, pt };

// The same languages as the reasons; any other locale reads English.
const claimLanguage = (locale: string) => {
  const language = locale.trim().toLowerCase().split(/[-_]/)[0];
  return language in TEMPLATES ? language : "en";
};

/** The code of a claim type: `claim.<type>`, apart from the reason codes. */
export const claimCode = (type: ClaimType): string => `claim.${type}`;

/** A claim's sentence in a language, from its code and facts; a code without a sentence there reads English. */
export function renderClaim(claim: { code: string; facts: ClaimFacts }, locale = "en"): string {
  const language = claimLanguage(locale);
  const own = TEMPLATES[language][claim.code];
  const template = own ?? en[claim.code];
  if (!template) return claim.code;
  return template(claim.facts, formattersFor(own && language !== "en" ? locale : "en"));
}

/**
 * A claim with its code, facts and English sentence beside the type, value and evidence that
 * programs read.
 */
export function makeClaim(type: ClaimType, value: string | number | undefined, evidence: Evidence): Claim {
  const code = claimCode(type);
  const facts: ClaimFacts = { value: value ?? null, phrase: evidence.phrase };
  const claim: Claim = { type, evidence, code, facts, message: renderClaim({ code, facts }) };
  if (value !== undefined) claim.value = value;
  return claim;
}

/** The claims with their sentences in the reader's language (codes, facts, types and values stay). */
export function localizeClaims(claims: readonly Claim[], locale: string): Claim[] {
  if (claimLanguage(locale) === "en") return [...claims];
  return claims.map((c) =>
    c.code && c.facts ? { ...c, message: renderClaim({ code: c.code, facts: c.facts }, locale) } : c,
  );
}
