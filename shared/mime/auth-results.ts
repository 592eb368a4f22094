import type { AuthVerdict } from "./types";

const METHODS = new Set(["spf", "dkim", "dmarc"]);
// A method result where the authserv-id should stand.
const RESULT_START = /^\s*(?:spf|dkim|dmarc|arc|auth|iprev|compauth)\s*=/i;
// Properties that name the domain a verdict concerns, most specific first.
const DOMAIN_PROPS = ["header.d", "header.from", "header.i", "smtp.mailfrom", "policy.from", "smtp.helo"];

/**
 * Removes RFC 5322 comments `( … )`, which may hold anything, including a fake `dkim=pass`.
 * Innermost comments go first; a few passes cover any real nesting.
 */
function stripComments(value: string): string {
  let out = value;
  for (let pass = 0; pass < 4 && out.includes("("); pass++) out = out.replace(/\([^()]*\)/g, " ");
  // An unclosed comment runs to the end: nothing after it is trusted.
  const open = out.indexOf("(");
  return (open >= 0 ? out.slice(0, open) : out).replace(/\)/g, " ");
}

function domainOf(value: string): string {
  const clean = value.replace(/^"|"$/g, "").trim().toLowerCase();
  const at = clean.lastIndexOf("@");
  return (at >= 0 ? clean.slice(at + 1) : clean).replace(/[>;,]+$/, "");
}

/**
 * Reads one `Authentication-Results` header value (RFC 8601) into SPF, DKIM and DMARC
 * verdicts, each with the domain it concerns.
 *
 * @example parseAuthenticationResults("mx.example.net; dkim=fail header.d=sectigo.com")
 * // → [{ method: "dkim", result: "fail", domain: "sectigo.com" }]
 */
export function parseAuthenticationResults(value: string): AuthVerdict[] {
  const verdicts: AuthVerdict[] = [];
  // The first element is the authserv-id; each later ";"-separated element is one method result.
  // Exchange Online writes none ("spf=pass (…) smtp.helo=…; dkim=fail …"): then the first is a result too.
  const all = stripComments(value.slice(0, 16_384)).split(";");
  const elements = RESULT_START.test(all[0] ?? "") ? all : all.slice(1);
  for (const element of elements) {
    const tokens = element.trim().split(/\s+/).filter(Boolean);
    const head = tokens[0]?.match(/^([a-z0-9-]+)\s*=\s*([a-z0-9-]+)$/i);
    if (!head) continue;
    const method = head[1].toLowerCase();
    if (!METHODS.has(method)) continue;
    const props = new Map<string, string>();
    for (const token of tokens.slice(1)) {
      const eq = token.indexOf("=");
      if (eq > 0) props.set(token.slice(0, eq).toLowerCase(), token.slice(eq + 1));
    }
    const verdict: AuthVerdict = { method: method as AuthVerdict["method"], result: head[2].toLowerCase() };
    const prop = DOMAIN_PROPS.find((name) => props.get(name));
    if (prop) verdict.domain = domainOf(props.get(prop)!);
    verdicts.push(verdict);
  }
  return verdicts;
}

/** The authserv-id of an `Authentication-Results` value: who wrote it (`mx.google.com`). */
export function authservIdOf(value: string): string {
  const first = stripComments(value.slice(0, 1_024)).split(";")[0] ?? "";
  if (RESULT_START.test(first)) return "";
  return first.trim().split(/\s+/)[0]?.toLowerCase() ?? "";
}

/** Options for reading the receiver's verdicts. */
export interface ReceiverOptions {
  /** Authserv-ids of the account's own servers (`mx.example.net`), lower-case or not. */
  trustedAuthservIds?: readonly string[];
  /**
   * False when the topmost header cannot be a receiving server's (see `topmostWrittenOnArrival`):
   * then it counts only when its authserv-id is trusted.
   */
  topmostFromReceiver?: boolean;
}

/**
 * The verdicts the recipient's own servers wrote: the topmost `Authentication-Results` (the
 * last hop, which delivered the mail) and, below it, further ones while each is from an
 * authserv-id the account trusts. The first untrusted one ends the run: anything under it may
 * have come with the message, and a sender can write `dkim=pass` as easily as any header.
 *
 * @example receiverVerdicts(view.headers, { trustedAuthservIds: ["gw.example.net"] })
 */
export function receiverVerdicts(headers: Record<string, string[]>, options: ReceiverOptions = {}): AuthVerdict[] {
  const trusted = new Set((options.trustedAuthservIds ?? []).map((id) => id.trim().toLowerCase()).filter(Boolean));
  const values = headers["authentication-results"] ?? [];
  const out: AuthVerdict[] = [];
  for (let i = 0; i < values.length; i++) {
    const vouchedFor = i === 0 && options.topmostFromReceiver !== false;
    if (!vouchedFor && !trusted.has(authservIdOf(values[i]))) break;
    out.push(...parseAuthenticationResults(values[i]));
  }
  return out;
}

/**
 * Verdicts that may only condemn, never vouch: the topmost `ARC-Authentication-Results` (its
 * `i=N;` tag dropped) of mail that carries no `Authentication-Results`. An intermediary wrote
 * it, or the sender did; a failing verdict is believed, a passing one proves nothing.
 */
export function arcVerdicts(headers: Record<string, string[]>): AuthVerdict[] {
  if ((headers["authentication-results"] ?? []).length > 0) return [];
  const arc = headers["arc-authentication-results"] ?? [];
  const byInstance = (value: string) => Number(/^\s*i\s*=\s*(\d+)/i.exec(value)?.[1] ?? 0);
  const top = [...arc].sort((a, b) => byInstance(b) - byInstance(a))[0];
  return top ? parseAuthenticationResults(top.replace(/^\s*i\s*=\s*\d+\s*;/i, "")) : [];
}

/** The receiver's verdicts with no trusted authserv-ids beyond the topmost (see {@link receiverVerdicts}). */
export function authVerdictsFromHeaders(headers: Record<string, string[]>, topmostFromReceiver = true): AuthVerdict[] {
  return receiverVerdicts(headers, { topmostFromReceiver });
}
