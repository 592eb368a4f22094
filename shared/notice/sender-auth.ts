import { getDomain } from "tldts";
import type { AuthVerdict } from "../mime/types";

/** What a set of verdicts says about one From domain: vouched for, condemned, or nothing. */
export type AuthStanding = "pass" | "fail" | "none";

const orgDomain = (domain: string) => getDomain(domain) ?? domain;

function concerns(verdict: AuthVerdict, domain: string): boolean {
  // A verdict that names no domain is about the message, hence its From.
  if (!verdict.domain) return true;
  return orgDomain(verdict.domain) === domain;
}

/**
 * The standing of a From domain by LABELS.md: DMARC decides when the server gave it (a failing
 * DKIM signature beside a DMARC pass — mailing lists, forwarding — is no forgery); without it,
 * a DKIM or SPF failure for the domain condemns it only when nothing passes for it.
 * `dmarc=none` (no policy published) condemns nothing; temporary and permanent DMARC errors
 * leave the decision to DKIM and SPF.
 */
export function authStanding(
  verdicts: readonly AuthVerdict[],
  domain: string,
): { standing: AuthStanding; failed: AuthVerdict[] } {
  const own = verdicts.filter((v) => concerns(v, domain));
  const dmarc = own.filter((v) => v.method === "dmarc");
  const dmarcFailed = dmarc.filter((v) => v.result === "fail");
  if (dmarcFailed.length) return { standing: "fail", failed: dmarcFailed };
  if (dmarc.some((v) => v.result === "pass")) return { standing: "pass", failed: [] };
  // dmarc=none: the domain publishes no policy, so by its owner's own standard a failing DKIM
  // signature or SPF check is no forgery (Exchange writes "dkim=fail (no key)" beside it).
  if (dmarc.some((v) => v.result === "none")) return { standing: "none", failed: [] };
  const rest = own.filter((v) => v.method !== "dmarc");
  if (rest.some((v) => v.result === "pass")) return { standing: "pass", failed: [] };
  const failed = rest.filter((v) => v.result === "fail");
  return failed.length ? { standing: "fail", failed } : { standing: "none", failed: [] };
}

const RECEIVED_SPF_RE = /^\s*(\w+)\b(?:.*?envelope-from=<?"?[^@\s]*@([^\s>";]+)|.*?domain of [^@\s]*@([^\s)]+))?/i;

/**
 * The SPF verdict of the topmost `Received-SPF:` header (the receiver's, like the topmost
 * Authentication-Results), for mail that carries no Authentication-Results.
 */
export function receivedSpf(headers: Record<string, string[]>): AuthVerdict[] {
  const value = headers["received-spf"]?.[0];
  const m = value ? RECEIVED_SPF_RE.exec(value) : null;
  if (!m) return [];
  const domain = (m[2] ?? m[3])?.toLowerCase();
  return [{ method: "spf", result: m[1].toLowerCase(), ...(domain ? { domain } : {}) }];
}

/** Whether two hosts belong to the same registrable domain (DMARC's relaxed alignment). */
export function aligned(a: string, b: string): boolean {
  return orgDomain(a.toLowerCase()) === orgDomain(b.toLowerCase());
}
