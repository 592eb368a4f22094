import { describe, expect, it } from "vitest";
import inventory from "../../test/fixtures/inventory.json";
import { emptyView, loadFixture, renderTemplate } from "../providers/fixture-page";
import { openMessage } from "../providers/adapter-contract";
import { gmail } from "../providers/gmail";
import type { ApiCertificate } from "../utils/api/api-schemas";
import { assessLocally } from "./assess-locally";

const certificates = inventory.certificates as ApiCertificate[];

describe("assessLocally", () => {
  it("judges the page's payment notice for a let-lapse certificate as misleading", async () => {
    loadFixture("gmail.html");
    const assessment = await assessLocally(openMessage(gmail)!, certificates);
    expect(assessment).toMatchObject({ kind: "payment", certificate: "k03", misleading: true, spoofed: false });
    expect(assessment.sentAt).toBe(new Date(2026, 10, 17, 9, 14).toISOString());
  });

  it("judges a correct expiry reminder as honest", async () => {
    loadFixture("gmail.html");
    emptyView();
    renderTemplate("msg-digicert");
    const assessment = await assessLocally(openMessage(gmail)!, certificates);
    expect(assessment).toMatchObject({ kind: "expiry", certificate: "k01", misleading: false, spoofed: false });
  });

  it("sees a colleague's note as no certificate notice", async () => {
    loadFixture("gmail.html");
    emptyView();
    renderTemplate("msg-lunch");
    expect((await assessLocally(openMessage(gmail)!, certificates)).kind).toBe("other");
  });

  it("flags a look-alike of the vendor's domain in the sender the page shows as forged", async () => {
    loadFixture("gmail.html");
    emptyView();
    renderTemplate("msg-digicert");
    document.querySelector("[data-view] .adn.ads span.gD")?.setAttribute("email", "noreply@digicert-billing.com");
    const assessment = await assessLocally(openMessage(gmail)!, certificates);
    expect(assessment.spoofed).toBe(true);
    expect(assessment.sender.lookAlikeOf).toBe("digicert.com");
  });
});
