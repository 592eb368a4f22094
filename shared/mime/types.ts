/** A mailbox as written in a header: `"Name" <address>`. */
export interface Mailbox {
  name: string;
  /** Lower-cased address; empty when the header had none that could be read. */
  address: string;
}

/** One `Authentication-Results` method verdict, e.g. `dkim=fail header.d=example.com`. */
export interface AuthVerdict {
  method: "spf" | "dkim" | "dmarc";
  result: string;
  /** The domain the verdict is about (header.d, header.from, smtp.mailfrom), when stated. */
  domain?: string;
}

/** A message as the notice engine reads it: headers decoded, body turned into plain text. */
export interface MessageView {
  from: Mailbox | null;
  to: Mailbox[];
  subject: string;
  /** The `Date:` header, or null when missing or unreadable. */
  date: Date | null;
  messageId: string | null;
  /** Content as text: the union of the text and HTML parts, HTML rendered to text, mojibake repaired. */
  text: string;
  /** Header names lower-cased; repeated headers keep every value in order. */
  headers: Record<string, string[]>;
  /** The receiving server's verdicts: the topmost `Authentication-Results`, when a receiver wrote it. */
  authResults: AuthVerdict[];
  /** True when the topmost `Authentication-Results` sits under another domain's trace: it came with the message. */
  authResultsUnattributed?: boolean;
  /** Further authors a From header names beside `from` (rare; shown as evidence). */
  otherFrom?: Mailbox[];
  /** The Reply-To mailbox, when the header names one. */
  replyTo?: Mailbox | null;
}

/**
 * An email after parsing and forward unwrapping. `notice` is the innermost forwarded message
 * (or the email itself when nothing was forwarded); `forwarder` is the outer message whose note
 * does not count as the notice's content.
 */
export interface ParsedEmail {
  notice: MessageView;
  /** The outer message and the forwarder's own note, when the notice arrived as a forward. */
  forwarder: (MessageView & { note: string }) | null;
  /**
   * How the innermost notice was carried: `attachment` (a message/rfc822 part, with its own
   * headers and Authentication-Results) or `inline` (header lines the forwarder's client
   * wrote into the body; no authentication of its own).
   */
  forwardStyle: "none" | "inline" | "attachment";
  /** What could not be read, in plain words (bad charset, truncated MIME, ...). */
  problems: string[];
  /** The attached original's own bytes when the notice is a `message/rfc822` forward (its DKIM can be verified). */
  noticeSource?: Uint8Array;
}
