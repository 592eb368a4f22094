import { expect, it } from "vitest";
import { api } from "../test/accounts";

type OpenApiDoc = {
  openapi: string;
  info: { version: string };
  paths: Record<string, Record<string, { requestBody?: { content: Record<string, unknown> }; security?: unknown; responses: Record<string, unknown> }>>;
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
  expect(doc.paths["/api/health"].get.security).toBeUndefined();
  expect(Object.keys(doc.paths["/api/certificates"].post.responses)).toEqual(expect.arrayContaining(["401", "403", "429"]));
});
