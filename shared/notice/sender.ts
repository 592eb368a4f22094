import { getDomain } from "tldts";
import type { AuthVerdict, MessageView } from "../mime/types";
import { lookAlikeOf } from "./lookalike";
import type { Reason, SenderVerdict } from "./types";
import { vendorByDomain, vendorNamedIn } from "./vendors";

/** Who sent the notice and whether that is believable. */
export interface SenderJudgement {
  sender: SenderVerdict;
  spoofed: boolean;
  spoofReasons: Reason[];
}

function concerns(verdict: AuthVerdict, domain: string): boolean {
  if (!verdict.domain) return true;
  return (getDomain(verdict.domain) ?? verdict.domain) === domain;
}

/** The failing SPF/DKIM/DMARC verdicts about the From domain (a DKIM failure counts only when no DKIM signature of that domain passes). */
function failuresFor(verdicts: AuthVerdict[], domain: string): AuthVerdict[] {
  const own = verdicts.filter((v) => concerns(v, domain));
  const dkimPass = own.some((v) => v.method === "dkim" && v.result === "pass");
  return own.filter((v) => v.result === "fail" && !(v.method === "dkim" && dkimPass));
}

// Mailbox providers anyone can sign up with: no CA or reseller sends its notices from them.
const FREEMAIL = new Set([
  "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com", "yahoo.com", "ymail.com",
  "aol.com", "icloud.com", "me.com", "gmx.com", "gmx.de", "gmx.net", "web.de", "t-online.de", "mail.ru", "yandex.ru",
  "yandex.com", "proton.me", "protonmail.com", "zoho.com", "orange.fr", "free.fr", "laposte.net", "libero.it",
  "virgilio.it", "terra.com.br", "uol.com.br", "sapo.pt", "ziggo.nl", "kpnmail.nl", "mail.com", "qq.com", "163.com",
]);

const RECEIVED_SPF_RE = /^\s*(\w+)\b(?:.*?envelope-from=<?"?[^@\s]*@([^\s>";]+)|.*?domain of [^@\s]*@([^\s)]+))?/i;

/** SPF verdicts from `Received-SPF:` headers, for mail that carries no Authentication-Results. */
function receivedSpf(headers: Record<string, string[]>): AuthVerdict[] {
  return (headers["received-spf"] ?? []).flatMap((value) => {
    const m = RECEIVED_SPF_RE.exec(value);
    if (!m) return [];
    const domain = (m[2] ?? m[3])?.toLowerCase();
    return [{ method: "spf" as const, result: m[1].toLowerCase(), ...(domain ? { domain } : {}) }];
  });
}

/**
 * Judges the From address of the notice: the vendor it claims to be, whether its
 * Authentication-Results fail for that domain, and whether the domain imitates a vendor's.
 * Absent authentication is no evidence of forgery (inline forwards carry none).
 */
export function judgeSender(notice: MessageView): SenderJudgement {
  const from = notice.from;
  const host = from?.address.split("@")[1]?.toLowerCase() ?? "";
  const domain = host ? (getDomain(host) ?? host) : null;
  const known = vendorByDomain(domain);
  const lookAlike = host && !known ? lookAlikeOf(host) : null;
  const claimed = known ?? lookAlike?.vendor ?? vendorNamedIn(from?.name ?? "") ?? null;
  const verdicts = notice.authResults.length ? notice.authResults : receivedSpf(notice.headers);
  const failures = domain ? failuresFor(verdicts, domain) : [];
  const spoofReasons: Reason[] = [];
  if (lookAlike) {
    spoofReasons.push({
      code: "look-alike-domain",
      message: `The sender's domain ${domain} imitates ${lookAlike.domain}, ${lookAlike.vendor.name}'s real domain; ${lookAlike.vendor.name} does not send from it.`,
      facts: { fromDomain: domain, imitates: lookAlike.domain, vendor: lookAlike.vendor.name },
    });
  }
  // A vendor's name on a freemail mailbox ("DigiCert Billing" <digicert.billing@gmail.com>) is a disguise.
  const disguised = !known && domain !== null && FREEMAIL.has(domain) ? vendorNamedIn(`${from?.name ?? ""} ${from?.address ?? ""}`) : undefined;
  if (disguised) {
    spoofReasons.push({
      code: "vendor-name-on-freemail",
      message: `The sender calls itself ${disguised.name} but writes from ${domain}, a public mailbox provider; ${disguised.name} sends from ${disguised.domains[0]}.`,
      facts: { fromDomain: domain, vendor: disguised.name },
    });
  }
  if (failures.length) {
    const list = failures.map((f) => `${f.method.toUpperCase()} ${f.result}`).join(", ");
    spoofReasons.push({
      code: "authentication-failed",
      message: `The message claims to come from ${domain}${claimed ? ` (${claimed.name})` : ""}, but the receiving server's checks failed for that domain: ${list}.`,
      facts: { fromDomain: domain, failed: list, vendor: claimed?.name ?? null },
    });
  }
  return {
    sender: {
      from,
      domain,
      claimedVendor: claimed?.name ?? null,
      knownVendorDomain: Boolean(known),
      authentication: notice.authResults,
      lookAlikeOf: lookAlike?.domain ?? null,
    },
    spoofed: spoofReasons.length > 0,
    spoofReasons,
  };
}
