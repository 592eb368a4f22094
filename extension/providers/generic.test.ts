import { describe, expect, it } from "vitest";
import { openMessage } from "./adapter-contract";
import { emptyView, loadFixture } from "./fixture-page";
import { generic } from "./generic";

describe("generic adapter", () => {
  it("reads a message page with a body and a From field in its header (Roundcube's full view)", () => {
    loadFixture("roundcube-preview-107.html");
    const message = openMessage(generic);
    expect(message?.from).toEqual({ name: "PSW GROUP Billing", address: "billing@psw-group.de" });
    expect(message?.subject).toBe("Payment not accepted – SSL certificate kestrel-logistik.de revoked");
    expect(message?.date?.toISOString()).toBe("2026-11-17T08:14:02.000Z");
    expect(message?.text).toContain("was not accepted by your bank.");
  });

  it("reads nothing from a page whose body has no sender field around it", () => {
    loadFixture("yahoo.html");
    document.querySelector('[data-test-id="message-header"]')?.remove();
    expect(generic.locate(document)).toBeUndefined();
  });

  it("reads nothing from a mailbox list", () => {
    loadFixture("outlook.html");
    emptyView();
    expect(generic.locate(document)).toBeUndefined();
  });
});
