import type { PhraseKey } from "../lexicon/types";
import type { ClaimType } from "../types";

/** What a rule reads out of its match into `Claim.value`. */
export type RuleValue = "days" | "relative" | "date" | "id" | "reason";

/**
 * One notice rule, as data: a phrase key looked up in every language's lexicon, the claim it
 * makes when a phrase matches, and what value to read from the matched words. A rule with
 * `near` fires only when a phrase of that key shares the sentence with its own phrase.
 */
export interface NoticeRule {
  id: string;
  description: string;
  phrase: PhraseKey;
  claim: ClaimType;
  value?: RuleValue;
  near?: PhraseKey;
  /** The claim does not hold when its clause denies it ("has not been paid", "wurde nicht widerrufen"). */
  unlessNegated?: boolean;
  /** How far before the match (characters, within the clause) a denial counts; 48 unless set. */
  negationReach?: number;
  /** Read in every language, not only the notice's: labelled fields such as order numbers. */
  everyLanguage?: boolean;
  /** The claim is about the certificate: it does not hold when a card, password or offer is what expires. */
  aboutCertificate?: boolean;
  /**
   * Read by the table reader (expiry-table.ts), not the phrase reader: its phrases name a column
   * header, and the date comes from the row that names the certificate.
   */
  reader?: "table";
}
