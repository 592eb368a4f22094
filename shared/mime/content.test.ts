import { describe, expect, it } from "vitest";
import { isBrowserStub, restates, unionContent, words } from "./content";

const HTML = `<p>Dear customer,</p><p>Your renewal order CE261004511208 for porto.kestrel-logistics.com is awaiting payment.</p>
<table><tr><td>Amount due</td><td>EUR 249.00</td></tr><tr><td>Payment due</td><td>25 November 2026</td></tr></table>
<p>If we do not receive payment, the order will be cancelled.</p><p>GlobalSign Billing</p>`;

describe("unionContent", () => {
  it("keeps one copy when the plain part is the HTML's twin", () => {
    const plain =
      "Dear customer,\n\nYour renewal order CE261004511208 for porto.kestrel-logistics.com is awaiting\npayment.\n\nAmount due:   EUR 249.00\nPayment due:  25 November 2026\n\nIf we do not receive payment, the order will be cancelled.\n\nGlobalSign Billing";
    const text = unionContent(plain, HTML);
    expect(text.match(/awaiting/g)).toHaveLength(1);
    expect(text.match(/EUR 249\.00/g)).toHaveLength(1);
  });

  it("adds the lines only one part carries", () => {
    const plain =
      "Dear customer,\nYour renewal order CE261004511208 is awaiting payment.\nReference for your bank transfer: GS-REF-88412";
    const text = unionContent(plain, HTML);
    expect(text).toContain("Payment due\t25 November 2026");
    expect(text).toContain("Reference for your bank transfer: GS-REF-88412");
  });

  it("drops a plain part that only points to the browser or the HTML version", () => {
    for (const stub of [
      "View this email in your browser: https://www.globalsign.com/email/view/88412",
      "Diese E-Mail wird nicht korrekt angezeigt? Im Browser anzeigen: https://psw.example/v/1",
      "Your email client cannot display HTML messages.",
      "Voir la version en ligne : https://news.example/v/88412",
      "Visa i webbläsaren: https://news.example/v/88412",
    ]) {
      expect(isBrowserStub(stub, unionContent("", HTML))).toBe(true);
      expect(unionContent(stub, HTML)).not.toContain(stub.slice(0, 12));
    }
  });

  it("keeps a short plain notice that merely mentions browsers", () => {
    const plain =
      "Browsers now show a security warning for valencia.kestrel-logistics.es: the certificate expired on June 1, 2026.";
    expect(isBrowserStub(plain, "<p>Expired.</p>")).toBe(false);
    expect(unionContent(plain, "")).toBe(plain);
  });
});

describe("restates", () => {
  it("tells a body that only repeats an earlier one from one that adds lines", () => {
    const known = new Set(
      words("Your renewal order CE261004511208 for porto.kestrel-logistics.com is awaiting payment."),
    );
    expect(restates(known, "Your renewal order\nCE261004511208 is awaiting payment.")).toBe(true);
    expect(
      restates(known, "Your renewal order is awaiting payment.\nPay by bank transfer to IBAN BE71 0961 2345 6769."),
    ).toBe(false);
  });
});
