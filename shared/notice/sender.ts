import { getDomain } from "tldts";
import type { DkimResult } from "../dkim/types";
import { arcVerdicts, receiverVerdicts } from "../mime/auth-results";
import type { AuthVerdict, MessageView } from "../mime/types";
import { decodePunycodeLabel, lookAlikeOf } from "./lookalike";
import { aligned, authStanding, receivedSpf } from "./sender-auth";
import { impersonated, impersonationReasons } from "./sender-reasons";
import type { Reason, SenderVerdict } from "./types";
import { vendorByDomain } from "./vendors";
import { vendorNamedIn } from "./vendor-names";

/** Who sent the notice and whether that is believable. */
export interface SenderJudgement {
  sender: SenderVerdict;
  spoofed: boolean;
  spoofReasons: Reason[];
}

/** What the sender judgement knows beyond the message itself. */
export interface SenderContext {
  /** How the notice was carried: a forwarded original's own verdicts can condemn it, never vouch. */
  forwardStyle?: "none" | "inline" | "attachment";
  /** Authserv-ids of the account's own servers, trusted below the topmost Authentication-Results. */
  trustedAuthservIds?: readonly string[];
  /** DKIM signatures of the notice's own source, checked against the keys in DNS. */
  dkim?: readonly DkimResult[];
  /** The SMTP envelope sender (Email Routing's `message.from`), kept as evidence. */
  envelopeFrom?: string | null;
}

// An IDN host is shown as a reader sees it too: "xn--ins-5geb.de (iօnօs.de)".
const shown = (host: string) =>
  host.includes("xn--") ? `${host} (${host.split(".").map(decodePunycodeLabel).join(".")})` : host;
// After the last "@": a quoted local part may hold one too ("a@b"@example.com).
const hostOf = (address: string | undefined) =>
  address?.includes("@") ? address.slice(address.lastIndexOf("@") + 1).toLowerCase() : "";

/**
 * The verdicts that may vouch and those that may only condemn, by how the notice arrived.
 * `notice.authResults` holds the topmost Authentication-Results; the account's trusted
 * authserv-ids extend it from the headers.
 */
function verdictSets(
  notice: MessageView,
  context: SenderContext,
): { vouching: AuthVerdict[]; condemning: AuthVerdict[] } {
  const arc = arcVerdicts(notice.headers);
  // Anyone can write a forwarded original's headers: its own verdicts count only against it.
  if ((context.forwardStyle ?? "none") !== "none") return { vouching: [], condemning: [...notice.authResults, ...arc] };
  const hasHeaders = (notice.headers["authentication-results"]?.length ?? 0) > 0;
  const trusted = context.trustedAuthservIds?.length && hasHeaders;
  const topmostFromReceiver = !notice.authResultsUnattributed;
  const receiver = trusted
    ? receiverVerdicts(notice.headers, { trustedAuthservIds: context.trustedAuthservIds, topmostFromReceiver })
    : notice.authResults;
  return { vouching: receiver.length || hasHeaders ? receiver : receivedSpf(notice.headers), condemning: arc };
}

function failureReason(domain: string, failed: AuthVerdict[], vendor: string | undefined, forwarded: boolean): Reason {
  const list = failed.map((f) => `${f.method.toUpperCase()} ${f.result}`).join(", ");
  const whose = forwarded ? "the forwarded message's own receiving server" : "the receiving server";
  return {
    code: "authentication-failed",
    message: `The message claims to come from ${domain}${vendor ? ` (${vendor})` : ""}, but ${whose} found its checks failing for that domain: ${list}.`,
    facts: { fromDomain: domain, failed: list, vendor: vendor ?? null },
  };
}

/**
 * Judges the From address of the notice: the vendor it claims to be, whether the receiver's own
 * verdicts (or a DKIM signature we verified) authenticate it, whether its domain imitates a
 * vendor's, and whether its display name borrows a vendor's name. Absent authentication is no
 * evidence of forgery (inline forwards carry none) — it only leaves the sender unverified.
 */
export function judgeSender(notice: MessageView, context: SenderContext = {}): SenderJudgement {
  const from = notice.from;
  const host = hostOf(from?.address);
  const domain = host ? (getDomain(host) ?? host) : null;
  const known = vendorByDomain(domain);
  const lookAlike = host && !known ? lookAlikeOf(host) : null;
  const named = vendorNamedIn(from?.name ?? "");
  const claimed = known ?? lookAlike?.vendor ?? named ?? null;
  const forwarded = (context.forwardStyle ?? "none") !== "none";
  const { vouching, condemning } = verdictSets(notice, context);
  const receiver = domain ? authStanding(vouching, domain) : { standing: "none" as const, failed: [] };
  const against = domain ? authStanding(condemning, domain) : { standing: "none" as const, failed: [] };
  const dkimPass = (context.dkim ?? []).filter(
    (d) => d.result === "pass" && domain !== null && aligned(d.domain, domain),
  );

  const spoofReasons: Reason[] = [];
  if (lookAlike) {
    spoofReasons.push({
      code: "look-alike-domain",
      message: `The sender's domain ${shown(host)} imitates ${lookAlike.domain}, ${lookAlike.vendor.name}'s real domain; ${lookAlike.vendor.name} does not send from it.`,
      facts: { fromDomain: domain, imitates: lookAlike.domain, vendor: lookAlike.vendor.name },
    });
  }
  const disguise = { from, domain, known, named, lookAlike: Boolean(lookAlike) };
  spoofReasons.push(...impersonationReasons(disguise));
  if (domain && receiver.standing === "fail")
    spoofReasons.push(failureReason(domain, receiver.failed, claimed?.name, false));
  else if (domain && against.standing === "fail")
    spoofReasons.push(failureReason(domain, against.failed, claimed?.name, forwarded));
  const spoofed = spoofReasons.length > 0;
  const replyTo = notice.replyTo ?? null;
  const replyElsewhere = Boolean(replyTo?.address && domain && !aligned(hostOf(replyTo.address) || domain, domain));
  if (spoofed && replyElsewhere && replyTo) {
    // Supporting evidence only: lists and ticket systems set a Reply-To elsewhere all the time.
    spoofReasons.push({
      code: "reply-to-elsewhere",
      message: `Replies would go to ${replyTo.address}, not to ${domain}.`,
      facts: { replyTo: replyTo.address, fromDomain: domain },
    });
  }
  const authenticated = !spoofed && (receiver.standing === "pass" || dkimPass.length > 0);
  return {
    sender: {
      from,
      domain,
      claimedVendor: claimed?.name ?? null,
      knownVendorDomain: Boolean(known),
      authentication: vouching,
      lookAlikeOf: lookAlike?.domain ?? null,
      verification: spoofed ? "forged" : authenticated ? "authenticated" : "unverified",
      verifiedBy: authenticated ? (dkimPass.length ? `dkim-signature d=${dkimPass[0].domain}` : "receiver") : null,
      dkim: [...(context.dkim ?? [])],
      impersonates: impersonated(disguise)?.name ?? null,
      replyTo,
      envelopeFrom: context.envelopeFrom ?? null,
      otherFrom: notice.otherFrom ?? [],
    },
    spoofed,
    spoofReasons,
  };
}
