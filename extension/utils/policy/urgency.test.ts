import { describe, expect, it } from "vitest";
import { certificatePage, NOW } from "../../test-setup/responses";
import { daysLeft, lapsedAsPlanned, mostUrgent, needsAction, summarize } from "./urgency";

const certificates = certificatePage().certificates;
const byName = (name: string) => certificates.find((c) => c.commonName === name)!;

describe("urgency", () => {
  it("counts days left in whole days, negative after expiry", () => {
    expect(daysLeft(byName("shop.harborfinch.de"), NOW)).toBe(14);
    expect(daysLeft(byName("mail.harborfinch.de"), NOW)).toBe(-11);
  });

  it("flags renew within 30 days and undecided within 45 days, including the boundaries", () => {
    const flagged = certificates.filter((c) => needsAction(c, NOW)).map((c) => c.commonName);
    expect(flagged.sort()).toEqual(
      [
        "*.intern.harborfinch.de",
        "b2b.harborfinch.at",
        "mail.harborfinch.de",
        "shop.harborfinch.de",
        "vpn.harborfinch.de",
      ].sort(),
    );
    expect(daysLeft(byName("vpn.harborfinch.de"), NOW)).toBe(30);
    expect(daysLeft(byName("b2b.harborfinch.at"), NOW)).toBe(45);
  });

  it("never flags a certificate the owner lets lapse, nor a superseded one", () => {
    expect(needsAction(byName("legacy.harborfinch.de"), NOW)).toBe(false);
    expect(needsAction(byName("cdn.harborfinch.de"), NOW)).toBe(false);
  });

  it("counts only expired let-lapse certificates as lapsed as planned", () => {
    expect(lapsedAsPlanned(byName("legacy.harborfinch.de"), NOW)).toBe(true);
    expect(lapsedAsPlanned(byName("old-shop.harborfinch.com"), NOW)).toBe(false);
    expect(summarize(certificates, NOW)).toEqual({ needAction: 5, lapsedAsPlanned: 1, total: 10 });
  });

  it("lists the five most urgent, expired renewals first, without lapsing ones", () => {
    const names = mostUrgent(certificates, NOW).map((c) => c.commonName);
    expect(names).toEqual([
      "mail.harborfinch.de",
      "shop.harborfinch.de",
      "vpn.harborfinch.de",
      "*.intern.harborfinch.de",
      "b2b.harborfinch.at",
    ]);
  });
});
