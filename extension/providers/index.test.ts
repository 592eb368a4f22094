import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generic } from "./generic";
import { loadFixture } from "./fixture-page";
import { matchPatterns, PROVIDERS, providerForHost, providerForPage } from "./index";

const entrypoint = (id: string) =>
  readFileSync(join(import.meta.dirname, `../entrypoints/${id}.content/index.ts`), "utf8");

describe("provider registry", () => {
  it("finds each provider by each of its hosts", () => {
    expect(providerForHost("mail.google.com").id).toBe("gmail");
    for (const host of ["outlook.live.com", "outlook.office.com", "outlook.office365.com"]) {
      expect(providerForHost(host).id).toBe("outlook");
    }
    expect(providerForHost("mail.yahoo.com").id).toBe("yahoo");
    expect(providerForHost("mail.proton.me").id).toBe("proton");
    expect(providerForHost("app.fastmail.com").id).toBe("fastmail");
    expect(providerForHost("www.fastmail.com").id).toBe("fastmail");
  });

  it("falls back to the generic adapter for other hosts", () => {
    expect(providerForHost("webmail.kestrel-logistics.com")).toBe(generic);
  });

  it("has a content script per provider, matching exactly the provider's hosts", () => {
    for (const provider of Object.values(PROVIDERS)) {
      const source = entrypoint(provider.id);
      if (provider.hosts.length > 0) expect(source, provider.id).toContain(`providers/${provider.id}"`);
      for (const pattern of matchPatterns(provider)) expect(source, provider.id).toContain(`"${pattern}"`);
    }
  });

  it("registers Roundcube at runtime, for the origins the user adds", () => {
    expect(entrypoint("roundcube")).toContain('registration: "runtime"');
  });

  it("recognises Roundcube on a self-hosted origin by its markup, and falls back to the generic reader", () => {
    loadFixture("roundcube.html", () => "<!DOCTYPE html><title>preview</title>");
    expect(providerForPage(document).id).toBe("roundcube");
    loadFixture("roundcube-preview-107.html");
    expect(providerForPage(document).id).toBe("roundcube");
    loadFixture("fastmail.html");
    expect(providerForPage(document)).toBe(generic);
  });
});
