import { describe, expect, it } from "vitest";
import { certificateCovers, hostnameMatches } from "./hostname";

describe("hostnameMatches", () => {
  it("matches exact names case-insensitively and ignores a trailing dot", () => {
    expect(hostnameMatches("WWW.Example.com", "www.example.com.")).toBe(true);
  });
  it("lets a wildcard stand for exactly one leftmost label", () => {
    expect(hostnameMatches("*.example.com", "shop.example.com")).toBe(true);
    expect(hostnameMatches("*.example.com", "example.com")).toBe(false);
    expect(hostnameMatches("*.example.com", "a.b.example.com")).toBe(false);
    expect(hostnameMatches("*.example.com", "badexample.com")).toBe(false);
  });
  it("covers a host when any of the certificate's names does", () => {
    expect(certificateCovers(["example.com", "*.example.com"], "api.example.com")).toBe(true);
    expect(certificateCovers(["example.org"], "api.example.com")).toBe(false);
  });
});
