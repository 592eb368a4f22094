import { describe, expect, it } from "vitest";
import { type Scope, requiredScope, scopeAllows } from "./scopes";

// The contract of issue 9, written out apart from the rule table it checks.
const CONTRACT: [string, string, Scope][] = [
  ["GET", "/api/accounts/me", "read"],
  ["GET", "/api/certificates/c1/timeline", "read"],
  ["GET", "/api/notices/n1/reply", "read"],
  ["GET", "/api/tokens", "read"],
  ["GET", "/api/settings", "read"],
  ["POST", "/api/certificates", "write"],
  ["PATCH", "/api/certificates/c1", "write"],
  ["DELETE", "/api/certificates/c1", "write"],
  ["POST", "/api/certificates/import", "write"],
  ["POST", "/api/certificates/c1/revocation-check", "write"],
  ["POST", "/api/notices", "write"],
  ["POST", "/api/classify", "write"],
  ["POST", "/api/discover/import", "write"],
  ["POST", "/api/tokens", "owner"],
  ["DELETE", "/api/tokens/t1", "owner"],
  ["PUT", "/api/settings", "owner"],
  ["GET", "/api/export", "owner"],
  ["POST", "/api/import", "owner"],
  ["POST", "/api/inbound-addresses", "owner"],
  ["DELETE", "/api/inbound-addresses/notices+x@certitude.example", "owner"],
];

describe("requiredScope", () => {
  it.each(CONTRACT)("%s %s needs %s", (method, path, scope) => {
    expect(requiredScope(method, path)).toBe(scope);
  });

  it("closes routes nobody listed: they need owner, whatever the method", () => {
    expect(requiredScope("GET", "/api/webhooks")).toBe("owner");
    expect(requiredScope("POST", "/api/settings")).toBe("owner");
    expect(requiredScope("GET", "/api/certificatesx")).toBe("owner");
  });

  it("treats HEAD as GET", () => {
    expect(requiredScope("HEAD", "/api/certificates")).toBe("read");
  });
});

describe("scopeAllows", () => {
  it("lets each scope do what the ones before it can", () => {
    expect([scopeAllows("read", "read"), scopeAllows("read", "write"), scopeAllows("write", "read")]).toEqual([
      true,
      false,
      true,
    ]);
    expect([scopeAllows("write", "owner"), scopeAllows("owner", "owner"), scopeAllows("owner", "write")]).toEqual([
      false,
      true,
      true,
    ]);
  });
});
