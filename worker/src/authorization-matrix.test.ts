import { describe, expect, it } from "vitest";
import { TEST_ADMIN_TOKEN, api } from "../test/accounts";
import { type MatrixAccount, fillPath, matrixAccount } from "../test/authorization-fixtures";
import { SCOPES, type Scope, scopeAllows } from "./auth/scopes";

type Requirement = Record<string, string[]>;
type OpenApiDoc = { paths: Record<string, Record<string, { security?: Requirement[] }>> };
interface Operation {
  method: string;
  path: string;
  security: Requirement | undefined;
}

/**
 * Bodies that pass validation, for operations whose empty body would be refused before the id
 * is looked up (the foreign-id cell then proves nothing). Any other operation is sent `{}`.
 */
const VALID_BODIES: Record<string, unknown> = {
  "patch /api/certificates/{id}": { notes: "Renewal owned by the platform team." },
};

// Every request comes from its own address (198.18.0.0/15, the benchmarking range), so the
// matrix's many deliberate 401s never reach the failed-authentication throttle.
let nextClient = 0;
function call(op: Operation, path: string, token?: string): Promise<Response> {
  const client = nextClient++;
  const headers: Record<string, string> = { "cf-connecting-ip": `198.18.${client >> 8}.${client & 255}` };
  const hasBody = ["post", "put", "patch"].includes(op.method);
  if (hasBody) headers["content-type"] = "application/json";
  const body = hasBody ? JSON.stringify(VALID_BODIES[`${op.method} ${op.path}`] ?? {}) : undefined;
  return api(path, { method: op.method.toUpperCase(), token, headers, body });
}

/** Every operation of the document; deletions last, so the other operations still find their objects. */
async function operations(): Promise<Operation[]> {
  const doc = (await (await api("/api/openapi.json")).json()) as OpenApiDoc;
  const ops = Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => ({ method, path, security: op.security?.[0] })),
  );
  return ops.sort((a, b) => Number(a.method === "delete") - Number(b.method === "delete"));
}

it("answers every operation of /api/openapi.json by its declared security, scope and account", async () => {
  const ops = await operations();
  const mine: MatrixAccount = await matrixAccount("Kestrel Logistics BV");
  const theirs: MatrixAccount = await matrixAccount("Heron Freight GmbH");
  const failures: string[] = [];
  let cells = 0;
  async function expectThat(label: string, res: Promise<Response>, ok: (status: number) => boolean, wanted: string) {
    cells++;
    const status = (await res).status;
    if (!ok(status)) failures.push(`${label}: answered ${status}, wanted ${wanted}`);
  }
  const allowed = (status: number) => status < 500 && ![401, 403, 429].includes(status);

  for (const op of ops) {
    const name = `${op.method.toUpperCase()} ${op.path}`;
    const path = fillPath(op.path, mine.ids);
    if (!op.security) {
      await expectThat(
        `${name} without a token (declares no security)`,
        call(op, path),
        allowed,
        "an answer without auth",
      );
      continue;
    }
    await expectThat(`${name} without a token`, call(op, path), (s) => s === 401, "401");
    await expectThat(`${name} with a revoked token`, call(op, path, mine.tokens.revoked), (s) => s === 401, "401");
    if ("adminAuth" in op.security) {
      for (const scope of SCOPES)
        await expectThat(
          `${name} with a ${scope} account token`,
          call(op, path, mine.tokens[scope]),
          (s) => s === 401,
          "401",
        );
      await expectThat(`${name} with the ADMIN_TOKEN`, call(op, path, TEST_ADMIN_TOKEN), allowed, "not refused");
      continue;
    }
    const needs = op.security.bearerAuth?.[0] as Scope | undefined;
    if (!needs || !SCOPES.includes(needs)) failures.push(`${name} declares no scope`);
    if (op.method !== "get" && needs === "read") failures.push(`${name} changes data but needs only read`);
    if (path !== op.path) {
      // Their owner token on my objects: indistinguishable from ids that do not exist.
      await expectThat(
        `${name} with another account's ids`,
        call(op, path, theirs.tokens.owner),
        (s) => s === 404,
        "404 (on a 400, add a body to VALID_BODIES)",
      );
    }
  }

  for (const op of ops) {
    const needs = op.security?.bearerAuth?.[0] as Scope | undefined;
    if (!needs) continue;
    const path = fillPath(op.path, mine.ids);
    for (const scope of SCOPES) {
      const inScope = scopeAllows(scope, needs);
      await expectThat(
        `${op.method.toUpperCase()} ${op.path} with a ${scope} token`,
        call(op, path, mine.tokens[scope]),
        inScope ? allowed : (s) => s === 403,
        inScope ? "not refused" : "403",
      );
    }
  }

  console.log(`authorization matrix: ${ops.length} operations, ${cells} requests`);
  expect(failures).toEqual([]);
  expect(ops.length).toBeGreaterThanOrEqual(30);
  expect(cells).toBeGreaterThanOrEqual(ops.length * 5);
});

describe("fillPath", () => {
  it("refuses a path parameter it was not taught, so a new kind of route fails the matrix", () => {
    expect(fillPath("/api/certificates/{id}/history", { "/api/certificates/{id}": "c 1" })).toBe(
      "/api/certificates/c%201/history",
    );
    expect(() => fillPath("/api/webhooks/{id}", { "/api/certificates/{id}": "c1" })).toThrow(
      "cannot fill /api/webhooks/{id}",
    );
  });
});
