/**
 * Phrase keys every language may fill. Each phrase is a regular-expression fragment written for
 * case-insensitive Unicode matching; the placeholders below are expanded once at module load:
 *
 * - `{N}`    a day count (1 to 3 digits, or a number word from `numbers`)
 * - `{DATE}` any date the date reader understands (see dates.ts)
 * - `{GAP}`  up to 80 characters inside one sentence
 * - `{ID}`   an order, invoice or case identifier (letters, digits, dashes)
 */
export type PhraseKey =
  | "expiresInDays"
  | "expiresWithinDays"
  | "expiresRelative"
  | "expiresNextWeek"
  | "expiresOn"
  | "expiresSoon"
  | "hasExpired"
  | "validUntil"
  | "renewCall"
  | "urgency"
  | "revoked"
  | "willRevoke"
  | "revocationReason"
  | "distrust"
  | "paymentWord"
  | "nonPayment"
  | "paymentFailed"
  | "feeDue"
  | "incident"
  | "awaitingPayment"
  | "receipt"
  | "orderNumber"
  | "invoiceNumber"
  | "mustReplace"
  | "domainValidation"
  | "issued"
  | "marketing"
  | "expiryColumn";

/** The words and phrases of one language, as data. */
export interface Lexicon {
  language: string;
  /** How an all-digit date with `/` is read when the day is 12 or less. */
  slashDateOrder: "dmy" | "mdy";
  /** Month names and abbreviations (lower case) → month number 1..12. */
  months: Record<string, number>;
  /** The word for "days" after a count, singular and plural. */
  dayWords: string[];
  /** Spelled-out small numbers ("thirty") → value, for day counts written as words. */
  numbers?: Record<string, number>;
  /**
   * Relative times as written (lower case) → days from the notice's date: "tomorrow" 1, "in two weeks" 14,
   * "next week" 14 (read as an upper bound). Read out of `expiresRelative` and `expiresNextWeek` matches.
   */
  relativeDays?: Record<string, number>;
  /** Small words that may stand before a day count ("only", "nog maar", "noch"): "{N}" lets them in. */
  fillers?: string[];
  /**
   * Words that deny or suspend what follows in a clause ("not", "nicht", "unpaid", "once", "sobald"): a rule marked
   * `unlessNegated` does not fire when one stands in its clause before or inside its match.
   */
  negations?: string[];
  /**
   * Things other than a certificate that also expire ("card", "Kreditkarte", "mot de passe"): an
   * expiry rule marked `aboutCertificate` does not fire when one is the subject of its clause.
   */
  otherSubjects?: string[];
  /**
   * Stems of what vendors call the certificate ("certific", "Zertifikat", "SSL", "証明書"): a notice
   * naming none of them in any language is not about a certificate (a domain, hosting, a mailbox).
   */
  certificateWords?: string[];
  /**
   * A character class of the language's own script ("[\\uac00-\\ud7af]" for Hangul), for languages
   * written without spaces between words, where function words cannot be counted.
   */
  scriptChars?: string;
  /**
   * A character class every phrase of the language contains (its script's letters): where none
   * occurs in a notice, the language's rules are not run at all. Only for scripts no other
   * language in the lexicons writes its phrases in.
   */
  phraseChars?: string;
  /** Frequent function words that identify the language (lower case, whole words). */
  stopwords: string[];
  phrases: Partial<Record<PhraseKey, string[]>>;
  /**
   * How owners' notes record a revocation ("revoked", "widerrufen", "ingetrokken") and deny one
   * ("never revoked", "nicht widerrufen"): a note that says a certificate was revoked makes a
   * revocation notice about it honest.
   */
  notes?: { revoked: string[]; neverRevoked: string[] };
  /** Revocation reasons as written → normalised reason code. */
  reasons?: Record<string, string>;
}
