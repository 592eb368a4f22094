import { beforeEach, describe, expect, it } from "vitest";
import { emptyView, loadFixture, renderTemplate } from "./fixture-page";
import { gmail } from "./gmail";
import { gmailSelectors } from "./gmail.selectors";

function open() {
  const located = gmail.locate(document);
  return located && gmail.read(located);
}

describe("gmail adapter", () => {
  beforeEach(() => {
    loadFixture("gmail.html");
  });

  it("has every selector matching in the saved page", () => {
    for (const [name, selector] of Object.entries(gmailSelectors)) {
      expect(document.querySelector(selector), name).not.toBeNull();
    }
  });

  it("reads the expanded message's sender, subject, date and body from its header elements", () => {
    const message = open();
    expect(message?.from).toEqual({ name: "PSW GROUP Billing", address: "billing@psw-group.de" });
    expect(message?.subject).toBe("Payment not accepted – SSL certificate kestrel-logistik.de revoked");
    expect(message?.date?.toString()).toBe(new Date(2026, 10, 17, 9, 14).toString());
    expect(message?.text).toContain("was not accepted by your bank.");
    expect(message?.text).toContain("Pay invoice PSW-2026-204117");
    expect(message?.key).toBe("gmail:#msg-f:1849622017331984551");
    expect(message?.anchor.matches("div.ii.gt")).toBe(true);
  });

  it("ignores the collapsed message above it and the hidden thread view", () => {
    const message = open();
    expect(message?.text).not.toContain("Renewal reminder");
    expect(message?.text).not.toContain("legacy.kestrel-logistics.nl");
    expect(message?.from.address).not.toBe("noreply@psw-group.de");
  });

  it("finds nothing while only the list pane is showing", () => {
    emptyView();
    expect(gmail.locate(document)).toBeUndefined();
  });

  it("follows navigation to a message rendered after the click", () => {
    emptyView();
    renderTemplate("msg-digicert");
    const message = open();
    expect(message?.from.address).toBe("noreply@digicert.com");
    expect(message?.subject).toBe("Your certificate for www.kestrel-logistics.com expires in 30 days");
    expect(message?.text).toContain("expires on December 15, 2026, in 30 days.");
    expect(message?.key).toBe("gmail:#msg-f:1849442117501938211");
  });

  it("returns undefined instead of throwing when Gmail's markup changes", () => {
    document.querySelector("[data-view] .adn.ads h3.iw span.gD")?.removeAttribute("email");
    const located = gmail.locate(document);
    expect(located && gmail.read(located)).toBeUndefined();
  });
});
