import { describe, expect, it } from "vitest";
import { normalizeText, readClaims } from "./claims";

// A vendor's template may keep its subject in the customer's language above a body of English
// marketing: the payment claim counts whatever language the notice is mostly written in.
describe("payment failures in a language other than the notice's", () => {
  const read = (text: string) => readClaims(normalizeText(text), "en", "mdy").map((c) => c.evidence.ruleId);

  it.each([
    "Zahlung fehlgeschlagen – Vertrag 55120\nDiscover the new dashboard. Join our webinar and save your seat.",
    "Paiement refusé\nMeet the new control panel, faster and cleaner for teams.",
    "Pago rechazado\nUpgrade to EV and show your customers you care about trust.",
    "Betaling mislukt\nRead our newsletter for the latest product news.",
  ])("reads %s", (text) => {
    expect(read(text)).toContain("payment.failed");
  });

  it("stays silent on English marketing alone", () => {
    expect(read("Discover the new dashboard. Join our webinar and save your seat.")).not.toContain("payment.failed");
  });
});
