import type { AuthVerdict } from "./types";

const METHODS = new Set(["spf", "dkim", "dmarc"]);
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
  const elements = stripComments(value.slice(0, 16_384)).split(";").slice(1);
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

/**
 * Verdicts from a message's headers: every `Authentication-Results` header, or — only when
 * there is none — the `ARC-Authentication-Results` headers (their `i=N;` instance tag dropped).
 */
export function authVerdictsFromHeaders(headers: Record<string, string[]>): AuthVerdict[] {
  const plain = headers["authentication-results"] ?? [];
  if (plain.length > 0) return plain.flatMap(parseAuthenticationResults);
  const arc = headers["arc-authentication-results"] ?? [];
  return arc.map((value) => value.replace(/^\s*i\s*=\s*\d+\s*;/i, "")).flatMap(parseAuthenticationResults);
}
