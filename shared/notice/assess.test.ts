import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Inventory } from "../inventory";
import { assessNotice, READ_PREFIX_BYTES } from "./assess";

const root = path.join(import.meta.dirname, "../../test/fixtures");
const inventory = JSON.parse(readFileSync(path.join(root, "inventory.json"), "utf8")) as Inventory;
const email = (name: string) => readFileSync(path.join(root, "emails", name));

describe("assessNotice", () => {
  it("takes the raw email as text, bytes or an ArrayBuffer, and the inventory as a document or an array", async () => {
    const bytes = email("notice-en-godaddy-payment-declined-let-lapse.eml");
    const views = [
      bytes.toString("latin1"),
      new Uint8Array(bytes),
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
    ];
    for (const raw of views) {
      for (const inv of [inventory, inventory.certificates]) {
        const a = await assessNotice(raw, inv);
        expect({ kind: a.kind, certificate: a.certificate, misleading: a.misleading }).toEqual({
          kind: "payment",
          certificate: "k04",
          misleading: true,
        });
      }
    }
  });

  it("judges a mail larger than the read prefix on its beginning, and says so", async () => {
    const notice = email("notice-en-godaddy-payment-declined-let-lapse.eml").toString("latin1");
    const padded =
      notice.replace(/\r?\n\r?\n/, (gap) => `\nX-Padding: ${"x".repeat(60)}${gap}`) +
      "\n" +
      "A".repeat(READ_PREFIX_BYTES * 2);
    const a = await assessNotice(padded, inventory);
    expect({ kind: a.kind, certificate: a.certificate, misleading: a.misleading }).toEqual({
      kind: "payment",
      certificate: "k04",
      misleading: true,
    });
    expect(a.reasons.at(-1)).toMatchObject({ code: "read-prefix", facts: { readKiB: 512 } });
    expect(a.reasons.at(-1)?.message).toMatch(/^Only the first 512 KiB of this 1(\.\d)? MiB message were read/);
  });

  it("explains a contradiction in a plain sentence with the facts as data", async () => {
    const a = await assessNotice(email("notice-en-rapidssl-revoked-for-payment.eml"), inventory);
    expect(a.reasons[0].message).toMatch(
      /no renewal order: you chose to let valencia\.kestrel-logistics\.es lapse, and it expired on 1 Jun 2026\. Nothing was revoked\./,
    );
    expect(a.reasons.map((r) => r.code)).toEqual(["payment-without-renewal-order", "revoked-for-payment"]);
    expect(a.reasons[0].facts).toMatchObject({ certificate: "k07", autoRenew: false, intent: "let-lapse" });
  });

  it("names the rule, language and words behind every claim", async () => {
    const a = await assessNotice(email("notice-de-psw-zahlung-fehlgeschlagen.eml"), inventory);
    expect(a.language).toBe("de");
    const failed = a.claims.find((c) => c.type === "payment-failed")!;
    expect(failed.evidence).toMatchObject({ language: "de", ruleId: "payment.failed" });
    expect(failed.evidence.phrase.toLowerCase()).toContain("zahlung");
    expect(a.claims.find((c) => c.type === "order-number")?.value).toBe("PSW-2025-130071");
  });

  it("reports the sender, the match, the dates and the message's identity", async () => {
    const a = await assessNotice(email("notice-en-sectigo-urgent-wildcard-renewal.eml"), inventory);
    expect(a.match).toMatchObject({
      id: "k02",
      matchedBy: "wildcard",
      matchedValue: "portal.track.kestrel-logistics.com",
    });
    expect(a.sender).toMatchObject({
      domain: "sectigo.com",
      claimedVendor: "Sectigo",
      knownVendorDomain: true,
      lookAlikeOf: null,
    });
    expect(a.dates).toContainEqual({ date: "2027-04-01", text: "April 1, 2027" });
    expect(a.sentAt).toBe("2026-10-01T10:20:00.000Z");
    expect(a.messageId).toMatch(/@sectigo\.com>?$/);
    expect(a.forwarded).toBe(false);
  });

  it("judges a notice without a Date: header as of options.now", async () => {
    const raw = email("notice-en-zerossl-expiry-wrong-day-count.eml")
      .toString("utf8")
      .replace(/^Date: .*\r?\n/m, "");
    const early = await assessNotice(raw, inventory, { now: new Date("2026-11-30T12:00:00Z") });
    const late = await assessNotice(raw, inventory, { now: new Date("2026-12-11T12:00:00Z") });
    expect(early.sentAt).toBeNull();
    expect(early.misleading).toBe(true); // 14 days were left, not 3
    expect(late.misleading).toBe(false); // 3 days left: the claim holds
  });

  it("refuses an inventory that is neither an array nor { certificates }", async () => {
    await expect(assessNotice("From: a@b.c\n\nhi", { owner: "x" } as unknown as Inventory)).rejects.toThrow(TypeError);
  });
});
