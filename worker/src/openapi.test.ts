import { expect, it } from "vitest";
import { api } from "../test/accounts";

type OpenApiDoc = {
  openapi: string;
  info: { version: string };
  paths: Record<
    string,
    Record<
      string,
      { requestBody?: { content: Record<string, unknown> }; security?: unknown; responses: Record<string, unknown> }
    >
  >;
  components: { schemas: Record<string, { properties?: Record<string, unknown>; enum?: string[] }> };
};

it("serves an OpenAPI document built from the request schemas", async () => {
  const res = await api("/api/openapi.json");
  expect(res.status).toBe(200);
  const doc = (await res.json()) as OpenApiDoc;
  expect(doc.openapi).toBe("3.1.0");
  expect(doc.info.version).toBe("0.1.0");
  for (const [path, method] of [
    ["/api/health", "get"],
    ["/api/accounts", "post"],
    ["/api/tokens", "post"],
    ["/api/tokens/{id}", "delete"],
    ["/api/certificates", "get"],
    ["/api/certificates", "post"],
    ["/api/certificates/import", "post"],
    ["/api/certificates/{id}", "patch"],
    ["/api/certificates/{id}", "delete"],
    ["/api/certificates/{id}/history", "get"],
  ]) {
    expect(doc.paths[path]?.[method], `${method} ${path}`).toBeDefined();
  }
  expect(Object.keys(doc.paths["/api/certificates"].post.requestBody?.content ?? {})).toEqual(
    expect.arrayContaining(["application/json", "application/x-pem-file", "text/plain", "application/pkix-cert"]),
  );
  expect(Object.keys(doc.components.schemas.Certificate.properties ?? {})).toEqual(
    expect.arrayContaining(["fingerprintSha256", "intent", "status", "notAfter"]),
  );
  expect(Object.keys(doc.components.schemas.ManualRecord.properties ?? {})).toContain("commonName");
});

it("declares each operation's token scope, the admin token and the 403/429 answers", async () => {
  const doc = (await (await api("/api/openapi.json")).json()) as OpenApiDoc;
  expect(doc.components.schemas.TokenScope.enum).toEqual(["read", "write", "owner"]);
  expect(Object.keys(doc.components.schemas.ApiToken.properties ?? {})).toContain("scope");
  expect(doc.paths["/api/tokens"].post.security).toEqual([{ bearerAuth: ["owner"] }]);
  expect(doc.paths["/api/settings"].get.security).toEqual([{ bearerAuth: ["read"] }]);
  expect(doc.paths["/api/settings"].put.security).toEqual([{ bearerAuth: ["owner"] }]);
  expect(doc.paths["/api/certificates"].post.security).toEqual([{ bearerAuth: ["write"] }]);
  expect(doc.paths["/api/accounts"].post.security).toEqual([{ adminAuth: [] }]);
  expect(doc.paths["/api/health"].get.security).toEqual([]);
  expect(Object.keys(doc.paths["/api/certificates"].post.responses)).toEqual(
    expect.arrayContaining(["401", "403", "429"]),
  );
});

it("gives every operation an operationId, a security requirement and, with a body, its 413 and 415", async () => {
  const doc = (await (await api("/api/openapi.json")).json()) as OpenApiDoc & { servers: { url: string }[] };
  expect(doc.servers).toEqual([{ url: "http://localhost", description: "This Worker" }]);
  const ids = new Set<string>();
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, operation] of Object.entries(item) as [
      string,
      { operationId?: string; security?: unknown[]; requestBody?: unknown; responses: object },
    ][]) {
      expect(operation.operationId, `${method} ${path}`).toMatch(/^[a-z][A-Za-z]+$/);
      expect(ids.has(operation.operationId!), `operationId ${operation.operationId} is unique`).toBe(false);
      ids.add(operation.operationId!);
      expect(operation.security, `${method} ${path} declares its security`).toBeDefined();
      if (operation.requestBody)
        expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(["413", "415"]));
    }
  }
  expect((doc.paths["/api/certificates/{id}/history"].get as { operationId?: string }).operationId).toBe(
    "getCertificatesByIdHistory",
  );
});

it("declares null where the API answers null, never as a type its $ref cannot have", async () => {
  const text = await (await api("/api/openapi.json")).text();
  const doc = JSON.parse(text) as OpenApiDoc;
  const fromIntent = (doc.components.schemas.IntentChange.properties as Record<string, unknown>).fromIntent;
  expect(fromIntent).toMatchObject({ anyOf: [{ $ref: "#/components/schemas/Intent" }, { type: "null" }] });
  // zod-openapi writes a nullable named schema as allOf [$ref, {type: [..., "null"]}], which no
  // value can satisfy when it is null: such schemas are written as z.union([Schema, z.null()]).
  expect(text).not.toMatch(/"allOf":\[\{"\$ref":"[^"]+"\},\{"type":\[[^\]]*"null"\]/);
});
