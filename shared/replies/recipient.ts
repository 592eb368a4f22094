import { sameVendor, VENDORS } from "../notice/vendors";

// Mailboxes nobody reads: a reply sent there is lost.
const NO_REPLY_RE =
  /^(?:no-?reply|do-?not-?reply|donotreply|noreply-[\w.-]+|bounces?|mailer-daemon|notifications?|auto-?mailer)(?:[+.-][^@]*)?@/i;

/** Whether an address is a no-reply mailbox ("no-reply@", "donotreply@", "bounces+…@"). */
export function isNoReplyAddress(address: string): boolean {
  return NO_REPLY_RE.test(address.trim());
}

/** The registry's support address of a vendor, or of its family's CA (RapidSSL → DigiCert). */
export function supportAddressOf(vendor: string | null | undefined): string | undefined {
  if (!vendor) return undefined;
  const own = VENDORS.find((v) => v.name.toLowerCase() === vendor.toLowerCase());
  return own?.supportAddress ?? VENDORS.find((v) => v.supportAddress && sameVendor(v.name, vendor))?.supportAddress;
}

/** Who a reply goes to, and why not the sender when it does not go there. */
export interface ReplyRecipient {
  /** The vendor's support address from the registry, else the sender when it may be answered; null when neither. */
  to: string | null;
  /** "support" (the registry), "sender", or null. */
  source: "support" | "sender" | null;
}

/**
 * The address a reply goes to: the vendor's support address from the registry when we know it,
 * else the sender, unless the sender is forged or a no-reply mailbox (then nobody: the owner
 * writes through the vendor's site).
 */
export function replyRecipient(
  vendor: string | null | undefined,
  sender: string | null | undefined,
  spoofed: boolean,
): ReplyRecipient {
  const support = supportAddressOf(vendor);
  if (support) return { to: support, source: "support" };
  if (sender && !spoofed && !isNoReplyAddress(sender)) return { to: sender, source: "sender" };
  return { to: null, source: null };
}
