import { requiredScope } from "./auth/scopes";
import { AUTH_FAILURE_LIMIT } from "./auth/throttle";

type Operation = { security?: Record<string, string[]>[]; responses?: Record<string, unknown> };
type Document = { paths?: Record<string, Record<string, Operation>> };

const METHODS = new Set(["get", "put", "post", "delete", "patch", "head", "options"]);
const ERROR = { content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } };
const FORBIDDEN = {
  description: "The token's scope does not cover this route (`forbidden`, names the scope needed)",
  ...ERROR,
};
const THROTTLED = {
  description: `Over ${AUTH_FAILURE_LIMIT.limit} failed authentications a minute from this client (\`rate_limited\`)`,
  headers: { "Retry-After": { description: "Seconds to wait", schema: { type: "integer" } } },
  ...ERROR,
};

/**
 * Writes into the document what the auth middleware enforces, from the same table
 * (auth/scopes.ts): each token route's scope as its `bearerAuth` requirement, its 403,
 * and the 429 of every authenticated route. Routes keep declaring only `security`.
 */
export function declareAuthorization<D extends object>(document: D): D {
  for (const [path, item] of Object.entries((document as Document).paths ?? {})) {
    for (const [method, operation] of Object.entries(item)) {
      if (!METHODS.has(method) || !operation.security?.length) continue;
      operation.responses ??= {};
      operation.responses["429"] ??= THROTTLED;
      if (!operation.security.some((requirement) => "bearerAuth" in requirement)) continue;
      operation.security = [{ bearerAuth: [requiredScope(method, path)] }];
      operation.responses["403"] ??= FORBIDDEN;
    }
  }
  return document;
}
