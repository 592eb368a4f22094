import { describe, expect, it } from "vitest";
import {
  certificateCovers,
  displayHostname,
  hostnameMatches,
  hostnameToUnicode,
  mostSpecificName,
  normalizeHostname,
} from "./hostname";

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

describe("internationalized and IP names", () => {
  it("matches Unicode and punycode forms of a name, wildcards included", () => {
    expect(hostnameMatches("xn--bcher-kva.example", "bücher.example")).toBe(true);
    expect(hostnameMatches("Bücher.example", "xn--bcher-kva.example")).toBe(true);
    expect(hostnameMatches("*.xn--bcher-kva.example", "shop.bücher.example")).toBe(true);
    expect(normalizeHostname("BÜCHER.example.")).toBe("xn--bcher-kva.example");
    expect(hostnameToUnicode("www.xn--bcher-kva.example")).toBe("www.bücher.example");
  });

  it("matches IP addresses however they are written, and never by wildcard", () => {
    expect(certificateCovers(["192.0.2.7", "2001:db8::7"], "2001:DB8:0:0:0:0:0:7")).toBe(true);
    expect(hostnameMatches("192.0.2.7", "192.0.2.7")).toBe(true);
    expect(hostnameMatches("*.0.2.7", "192.0.2.7")).toBe(false);
  });

  it("shows an internationalized name in Unicode with its punycode, other names as they are", () => {
    expect(displayHostname("xn--bcher-kva.example")).toBe("bücher.example (xn--bcher-kva.example)");
    expect(displayHostname("bücher.example")).toBe("bücher.example (xn--bcher-kva.example)");
    expect(displayHostname("www.example.com")).toBe("www.example.com");
    expect(displayHostname("192.0.2.7")).toBe("192.0.2.7");
  });

  it("picks the most specific of several names", () => {
    expect(mostSpecificName(["example.com", "*.example.com", "www.example.com"])).toBe("www.example.com");
    expect(mostSpecificName([])).toBeUndefined();
  });
});
