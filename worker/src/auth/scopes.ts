/** What a token may do; each scope includes the ones before it. */
export const SCOPES = ["read", "write", "owner"] as const;

/** A token's scope: `read` (GET only), `write` (also changes the inventory and notices), `owner` (everything). */
export type Scope = (typeof SCOPES)[number];

/** Whether a token with scope `has` may call a route that needs `needs`. */
export function scopeAllows(has: Scope, needs: Scope): boolean {
  return SCOPES.indexOf(has) >= SCOPES.indexOf(needs);
}

interface ScopeRule {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** A path prefix, matched whole segment by segment (`/api/notices` covers `/api/notices/x`). */
  prefix: string;
  needs: Scope;
}

/**
 * The one list of what each account route needs. The first matching rule wins; a protected
 * route that matches none needs `owner`, so a new route is closed until it is listed here.
 * `GET /api/export` is not listed on purpose: the export holds the webhook secret.
 */
const RULES: readonly ScopeRule[] = [
  { method: "GET", prefix: "/api/accounts/me", needs: "read" },
  { method: "GET", prefix: "/api/tokens", needs: "read" },
  { method: "GET", prefix: "/api/certificates", needs: "read" },
  { method: "GET", prefix: "/api/notices", needs: "read" },
  { method: "GET", prefix: "/api/alerts", needs: "read" },
  { method: "GET", prefix: "/api/vendors", needs: "read" },
  { method: "GET", prefix: "/api/settings", needs: "read" },
  { method: "GET", prefix: "/api/inbound-addresses", needs: "read" },
  { method: "GET", prefix: "/api/certificates.csv", needs: "read" },
  { method: "GET", prefix: "/api/calendar.ics", needs: "read" },
  { method: "GET", prefix: "/api/calendar/feeds", needs: "read" },
  { method: "POST", prefix: "/api/certificates", needs: "write" },
  { method: "PATCH", prefix: "/api/certificates", needs: "write" },
  { method: "DELETE", prefix: "/api/certificates", needs: "write" },
  { method: "POST", prefix: "/api/notices", needs: "write" },
  { method: "POST", prefix: "/api/classify", needs: "write" },
  { method: "POST", prefix: "/api/discover", needs: "write" },
];

function underPrefix(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}/`);
}

/** The scope a request to an account route needs; `owner` for anything not listed. */
export function requiredScope(method: string, path: string): Scope {
  const verb = method.toUpperCase() === "HEAD" ? "GET" : method.toUpperCase();
  return RULES.find((rule) => rule.method === verb && underPrefix(path, rule.prefix))?.needs ?? "owner";
}
