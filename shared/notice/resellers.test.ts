import { describe, expect, it } from "vitest";
import type { MessageView } from "../mime/types";
import { lookAlikeOf } from "./lookalike";
import { RESELLERS } from "./resellers";
import { judgeSender } from "./sender";
import { vendorByDomain } from "./vendors";

function from(address: string, name: string): MessageView {
  return {
    from: { name, address },
    to: [],
    subject: "",
    date: null,
    messageId: null,
    text: "",
    headers: {},
    authResults: [],
  };
}

describe("known resellers", () => {
  it.each(RESELLERS.flatMap((r) => r.domains))("knows %s as a real sender", (domain) => {
    expect(vendorByDomain(domain)).toBeDefined();
  });

  it("does not take a reseller named after a CA's brand for a look-alike of the CA", () => {
    const judged = judgeSender(from("offers@comodosslstore.com", "ComodoSSLStore"));
    expect(judged.spoofed).toBe(false);
    expect(judged.sender).toMatchObject({
      knownVendorDomain: true,
      lookAlikeOf: null,
      claimedVendor: "ComodoSSLStore",
    });
    expect(judgeSender(from("billing@thesslstore.com", "TheSSLStore")).spoofed).toBe(false);
  });

  it("still sees an imitation of the reseller itself", () => {
    expect(lookAlikeOf("comodosslstore-billing.com")).not.toBeNull();
    expect(judgeSender(from("billing@sectigostore-payments.com", "SectigoStore")).spoofed).toBe(true);
  });
});
