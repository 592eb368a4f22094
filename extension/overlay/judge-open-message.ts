import type { TxtResolver } from "../../shared/dkim/types";
import { verifyDkim } from "../../shared/dkim/verify";
import type { CertificateRecord } from "../../shared/inventory";
import { parseEmail } from "../../shared/mime/parse-email";
import { assessParsed } from "../../shared/notice/assess";
import type { Assessment } from "../../shared/notice/types";
import type { LocatedMessage, OpenMessage, SourceFetch, WebmailProvider } from "../providers/types";
import type { ApiCertificate } from "../utils/api/api-schemas";
import { assessLocally } from "./assess-locally";
import { senderState, type SenderState } from "./sender-state";

/** The overlay's verdict on the open message. */
export interface Judgement {
  assessment: Assessment;
  sender: SenderState;
  /** The message's raw source when it was read (kept in memory for "Save to timeline" only). */
  source: string | null;
}

export interface JudgeDeps {
  /** Same-origin fetch with the user's session. */
  fetchPage: SourceFetch;
  /** DKIM key lookups (the background's DNS-over-HTTPS in the extension). */
  resolveTxt: TxtResolver;
  now?: () => Date;
}

/** Whether the page shows something worth reading the source for: a certificate notice, or a vendor's name. */
function looksLikeVendorNotice(assessment: Assessment): boolean {
  return assessment.kind !== "other" || assessment.sender.claimedVendor !== null || assessment.spoofed;
}

/**
 * Judges the open message. The page is assessed first; only when it looks like a vendor notice is
 * the message's own source read (same-origin, with the user's session) and judged with the same
 * engine and trust rules as the Worker: the receiving server's topmost Authentication-Results, and
 * the DKIM signatures verified with keys from DNS.
 * When the source cannot be read, the page's verdict stands but the sender is `unverified`.
 */
export async function judgeOpenMessage(
  provider: WebmailProvider,
  message: OpenMessage,
  located: LocatedMessage,
  certificates: readonly ApiCertificate[],
  deps: JudgeDeps,
): Promise<Judgement> {
  const page = await assessLocally(message, certificates);
  if (!looksLikeVendorNotice(page) || !provider.readSource)
    return { assessment: page, sender: senderState(page, false), source: null };
  const source = await provider.readSource(located, deps.fetchPage).catch(() => null);
  if (source === null) return { assessment: page, sender: senderState(page, false), source: null };
  const parsed = await parseEmail(source);
  // A source whose From is not the sender the page shows is some other message: not evidence.
  if (parsed.notice.from?.address.toLowerCase() !== message.from.address) {
    return { assessment: page, sender: senderState(page, false), source: null };
  }
  const now = deps.now?.() ?? new Date();
  // As the Worker does: the signatures of the notice's own source (a forwarded original's, if attached).
  const signed = parsed.forwardStyle === "none" ? source : parsed.noticeSource;
  const dkim = signed ? await verifyDkim(signed, { resolve: deps.resolveTxt, now }).catch(() => []) : [];
  const inventory: readonly CertificateRecord[] = certificates;
  const assessment = assessParsed(parsed, inventory, { now, dkim });
  return { assessment, sender: senderState(assessment, true), source };
}
