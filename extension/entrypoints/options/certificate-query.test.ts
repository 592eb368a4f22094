import { describe, expect, it } from "vitest";
import { certificatePage, NOW } from "../../test-setup/responses";
import { applyQuery, defaultQuery, toggleChip, toggleSort } from "./certificate-query";

const certificates = certificatePage().certificates;
const names = (rows: { commonName: string }[]) => rows.map((c) => c.commonName);

describe("certificate table query", () => {
  it("sorts by expiry, soonest (and expired) first, by default", () => {
    const rows = names(applyQuery(certificates, defaultQuery(), NOW));
    expect(rows.slice(0, 3)).toEqual(["legacy.harborfinch.de", "mail.harborfinch.de", "cdn.harborfinch.de"]);
    expect(rows).toHaveLength(10);
  });

  it("searches common names and SANs, case-insensitively", () => {
    const query = { ...defaultQuery(), search: "SMTP" };
    expect(names(applyQuery(certificates, query, NOW))).toEqual(["mail.harborfinch.de"]);
    expect(names(applyQuery(certificates, { ...defaultQuery(), search: ".at" }, NOW))).toEqual(["b2b.harborfinch.at"]);
  });

  it("finds an internationalized name by its Unicode and by its punycode form", () => {
    const idn = { ...certificates[0], id: "idn", commonName: "xn--bcher-kva.example", sans: ["xn--bcher-kva.example"] };
    const written = {
      ...certificates[0],
      id: "utf8",
      commonName: "straße-shop.example",
      sans: ["straße-shop.example"],
    };
    const rows = [idn, written, ...certificates];
    expect(names(applyQuery(rows, { ...defaultQuery(), search: "Bücher" }, NOW))).toEqual(["xn--bcher-kva.example"]);
    expect(names(applyQuery(rows, { ...defaultQuery(), search: "xn--strae-shop-83a.example" }, NOW))).toEqual([
      "straße-shop.example",
    ]);
  });

  it("filters by status and intent chips; several chips of a kind mean either", () => {
    let query = defaultQuery();
    query = { ...query, intents: toggleChip(query.intents, "undecided") };
    expect(names(applyQuery(certificates, query, NOW))).toEqual([
      "*.intern.harborfinch.de",
      "b2b.harborfinch.at",
      "status.harborfinch.de",
    ]);
    query = { ...query, statuses: toggleChip(new Set<string>(), "active") };
    expect(applyQuery(certificates, query, NOW)).toHaveLength(3);
    query = {
      ...query,
      intents: toggleChip(query.intents, "undecided"),
      statuses: toggleChip(toggleChip(query.statuses, "active"), "expired"),
    };
    expect(names(applyQuery(certificates, query, NOW))).toEqual(["mail.harborfinch.de"]);
  });

  it("sorts by domain ignoring the wildcard label, and flips on a second click", () => {
    const byDomain = toggleSort(defaultQuery(), "domain");
    expect(names(applyQuery(certificates, byDomain, NOW)).slice(0, 3)).toEqual([
      "api.harborfinch.de",
      "b2b.harborfinch.at",
      "cdn.harborfinch.de",
    ]);
    const flipped = toggleSort(byDomain, "domain");
    expect(flipped.sort.direction).toBe("desc");
    expect(names(applyQuery(certificates, flipped, NOW))[0]).toBe("vpn.harborfinch.de");
  });

  it("puts undecided certificates first when sorting by intent", () => {
    const rows = applyQuery(certificates, toggleSort(defaultQuery(), "intent"), NOW);
    expect(rows.slice(0, 3).every((c) => c.intent === "undecided")).toBe(true);
    expect(rows.at(-1)?.intent).toBe("let-lapse");
  });

  it("shows only what needs action when that chip is on", () => {
    const rows = applyQuery(certificates, { ...defaultQuery(), needsAction: true }, NOW);
    expect(names(rows)).toEqual([
      "mail.harborfinch.de",
      "shop.harborfinch.de",
      "vpn.harborfinch.de",
      "*.intern.harborfinch.de",
      "b2b.harborfinch.at",
    ]);
  });
});
