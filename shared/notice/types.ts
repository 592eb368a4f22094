import type { DkimResult } from "../dkim/types";
import type { AuthVerdict, Mailbox } from "../mime/types";
import type { ClaimFacts } from "./claim-texts/types";

/** What a vendor notice is about (rules in LABELS.md; payment > revocation > expiry > other). */
export type NoticeKind = "expiry" | "revocation" | "payment" | "other";

/** Language of a notice, ISO 639-1. */
export type Language = "en" | "de" | "fr" | "es" | "nl" | "it" | "pt" | "sv" | string;

/** What a claim asserts; `value` carries its data (a date, a day count, an order number, a reason). */
export type ClaimType =
  | "expires-on"
  | "expires-in-days"
  | "expires-within-days"
  | "expires-soon"
  | "incident"
  | "has-expired"
  | "revoked"
  | "revoked-for-payment"
  | "payment-failed"
  | "awaiting-payment"
  | "order-number"
  | "receipt"
  | "renewal-call-to-action"
  | "urgency"
  | "domain-validation"
  | "issued"
  | "will-be-revoked"
  | "distrust"
  | "valid-until"
  | "revocation-reason"
  | "marketing"
  | "must-replace"
  | "invoice-number";

/** Where a claim came from: the phrase as written, and the rule that read it. */
export interface Evidence {
  phrase: string;
  language: Language;
  ruleId: string;
}

/** Something the email asserts. `value` carries the data: a date, a day count, an order number, a reason. */
export interface Claim {
  type: ClaimType;
  value?: string | number;
  evidence: Evidence;
  /** `claim.<type>`, the key of its sentence in `claim-texts/<lang>.ts` (set by the engine; absent in claims stored before it). */
  code?: string;
  /** The value (ISO date, count, number, reason) and the phrase its sentence is built from. */
  facts?: ClaimFacts;
  /** The claim as a sentence in the reader's language (English unless localized). */
  message?: string;
}

/** What in the notice identified the certificate. */
export type MatchedBy = "domain" | "wildcard" | "order-number" | "serial" | "fingerprint";

/** The owned certificate a notice concerns, and how sure the match is. */
export interface CertificateMatch {
  id: string;
  matchedBy: MatchedBy;
  /** 0..1 */
  confidence: number;
  /** The name, number or serial in the email that matched. */
  matchedValue: string;
}

/** A contradiction between the notice and the inventory, for people and for programs. */
export interface Reason {
  code: string;
  /** A plain-English sentence with the facts. */
  message: string;
  facts: Record<string, string | number | boolean | null>;
}

/** Who sent the notice, the vendor it claims to be, and what its authentication says. */
export interface SenderVerdict {
  from: Mailbox | null;
  /** Registrable domain of the From address (tldts), or null. */
  domain: string | null;
  /** The vendor the sender claims to be (by domain, display name or content), or null. */
  claimedVendor: string | null;
  /** Whether the From domain is one of the claimed vendor's real sending domains. */
  knownVendorDomain: boolean;
  authentication: AuthVerdict[];
  /** Vendor domain this one imitates, when it is a look-alike. */
  lookAlikeOf: string | null;
  /**
   * `authenticated`: the receiver's own verdicts or a verified DKIM signature vouch for the From
   * domain; `forged`: spoofed; `unverified`: nothing vouches either way.
   */
  verification?: "authenticated" | "unverified" | "forged";
  /** What authenticated it: `receiver` (its Authentication-Results) or `dkim-signature d=…`. */
  verifiedBy?: string | null;
  /** DKIM signatures of the notice checked against DNS (empty when not checked). */
  dkim?: DkimResult[];
  /** The vendor the display name borrows while writing from another domain. */
  impersonates?: string | null;
  replyTo?: Mailbox | null;
  /** The SMTP envelope sender, when the notice arrived by mail. */
  envelopeFrom?: string | null;
  /** Further From mailboxes beside `from`. */
  otherFrom?: Mailbox[];
}

/** The engine's verdict on one email. */
export interface Assessment {
  kind: NoticeKind;
  /** The matched certificate id, or null. */
  certificate: string | null;
  match: CertificateMatch | null;
  claims: Claim[];
  misleading: boolean;
  /** Contradictions when misleading; otherwise notes a person may want (e.g. parse problems). */
  reasons: Reason[];
  spoofed: boolean;
  spoofReasons: Reason[];
  sender: SenderVerdict;
  language: Language;
  /** Dates found in the notice, ISO yyyy-mm-dd, with the text they were read from. */
  dates: { date: string; text: string }[];
  subject: string;
  /** The notice's Date: header as ISO, or null. */
  sentAt: string | null;
  messageId: string | null;
  forwarded: boolean;
}

/** Options for {@link assessNotice}. */
export interface AssessOptions {
  /** Judge against this moment when the email has no readable Date: header. Defaults to now. */
  now?: Date;
  /** Authserv-ids of the account's own mail servers, trusted below the topmost Authentication-Results. */
  trustedAuthservIds?: readonly string[];
  /** DKIM signatures of the notice's own source, verified by the caller (see `verifyDkim`). */
  dkim?: readonly DkimResult[];
  /** The SMTP envelope sender, kept as evidence. */
  envelopeFrom?: string | null;
}
