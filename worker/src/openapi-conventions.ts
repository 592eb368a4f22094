type Operation = {
  operationId?: string;
  security?: Record<string, string[]>[];
  requestBody?: unknown;
  responses?: Record<string, unknown>;
};
type Document = { paths?: Record<string, Record<string, Operation>>; security?: Record<string, string[]>[] };

const ERROR = { content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } };
// What a request with a body can be answered before its handler runs: every POST, PUT and PATCH
// has a body limit, and a route that reads a body takes only its content types.
const TOO_LARGE = { description: "The body is over the route's limit (`payload_too_large`)", ...ERROR };
const WRONG_TYPE = { description: "A content type the route does not take (`unsupported_media_type`)", ...ERROR };
const BODY_METHODS = new Set(["post", "put", "patch"]);
const METHODS = new Set(["get", "put", "post", "delete", "patch", "head", "options"]);
const VERBS: Record<string, string> = { get: "get", put: "put", post: "create", delete: "delete", patch: "update" };

const pascal = (word: string) => word.replace(/(^|[-_.])([a-z0-9])/g, (_, __, letter: string) => letter.toUpperCase());

/**
 * The operationId of an operation that names none, from its method and path, so a new route
 * gets a stable one: `GET /api/certificates/{id}/history` → `getCertificatesByIdHistory`.
 */
function operationIdFor(method: string, path: string): string {
  const words = path
    .split("/")
    .filter((segment) => segment && segment !== "api")
    .map((segment) => (segment.startsWith("{") ? `By${pascal(segment.slice(1, -1))}` : pascal(segment)));
  return `${VERBS[method] ?? method}${words.join("")}`;
}

/**
 * What every operation of the document carries whoever wrote its route: an operationId; a
 * security requirement — the document's default is a bearer token, and a public operation says
 * so with `security: []`; and the 413 and 415 that guard every body.
 */
export function applyConventions<D extends object>(document: D, publicPaths: ReadonlySet<string>): D {
  const doc = document as Document;
  doc.security = [{ bearerAuth: [] }];
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const [method, operation] of Object.entries(item)) {
      if (!METHODS.has(method)) continue;
      operation.operationId ??= operationIdFor(method, path);
      if (publicPaths.has(path)) operation.security = [];
      if (BODY_METHODS.has(method)) operation.responses = { "413": TOO_LARGE, ...operation.responses };
      if (operation.requestBody) operation.responses = { "415": WRONG_TYPE, ...operation.responses };
    }
  }
  return document;
}
