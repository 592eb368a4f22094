import { expect, it } from "vitest";
import { api } from "../../test/accounts";

it("describes the notice, timeline, vendor, alert, settings and export routes in the OpenAPI document", async () => {
  const doc = (await (await api("/api/openapi.json")).json()) as {
    paths: Record<string, Record<string, { requestBody?: { content: Record<string, unknown> } }>>;
  };
  for (const [path, method] of [
    ["/api/notices", "post"],
    ["/api/notices", "get"],
    ["/api/notices/{id}", "get"],
    ["/api/notices/{id}/reply", "get"],
    ["/api/classify", "post"],
    ["/api/inbound-addresses", "post"],
    ["/api/inbound-addresses/{address}", "delete"],
    ["/api/certificates/{id}/timeline", "get"],
    ["/api/vendors", "get"],
    ["/api/alerts", "get"],
    ["/api/settings", "put"],
    ["/api/export", "get"],
    ["/api/import", "post"],
  ]) {
    expect(doc.paths[path]?.[method], `${method} ${path}`).toBeDefined();
  }
  expect(Object.keys(doc.paths["/api/classify"].post.requestBody?.content ?? {})).toEqual([
    "message/rfc822",
    "application/json",
  ]);
});
