import { describe, expect, it } from "vitest";
import { ARI_DIRECTORIES, ariDirectoryFor } from "./directories";

const EXPECTED: Record<string, { directory: string; issuer: string }> = {
  letsencrypt: { directory: "https://acme-v02.api.letsencrypt.org/directory", issuer: "Let's Encrypt" },
  google: { directory: "https://dv.acme-v02.api.pki.goog/directory", issuer: "Google Trust Services" },
  zerossl: { directory: "https://acme.zerossl.com/v2/DV90", issuer: "ZeroSSL" },
  sslcom: { directory: "https://acme.ssl.com/sslcom-dv-rsa", issuer: "SSL Corporation" },
};

describe.each(ARI_DIRECTORIES.map((entry) => [entry.id, entry] as const))("ARI directory %s", (id, entry) => {
  it("is the CA's ACME directory, found by its issuing organization, with a source", () => {
    expect(entry.directory).toBe(EXPECTED[id].directory);
    expect(ariDirectoryFor(EXPECTED[id].issuer)).toBe(entry);
    expect(ariDirectoryFor(EXPECTED[id].issuer.toUpperCase())).toBe(entry);
    expect(entry.source).toMatch(/^https:\/\//);
  });
});

it("knows no ARI for other issuers", () => {
  expect(Object.keys(EXPECTED)).toEqual(ARI_DIRECTORIES.map((d) => d.id));
  expect(ariDirectoryFor("DigiCert Inc")).toBeNull();
  expect(ariDirectoryFor(null)).toBeNull();
});
