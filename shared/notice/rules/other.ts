import type { NoticeRule } from "./types";

/** Rules that read notices making no claim about validity or money. */
export const OTHER_RULES: readonly NoticeRule[] = [
  {
    id: "other.domain-validation",
    description: "Asks for domain control validation",
    phrase: "domainValidation",
    claim: "domain-validation",
  },
  { id: "other.issued", description: "Announces an issued certificate", phrase: "issued", claim: "issued" },
  {
    id: "other.marketing",
    description: "Newsletter, webinar, offer or survey wording",
    phrase: "marketing",
    claim: "marketing",
  },
];
