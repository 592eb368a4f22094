import { beforeEach, describe, expect, it } from "vitest";
import { makeDkimKey, mapResolver, signMessage } from "../../shared/dkim/test-signer";
import type { TxtResolver } from "../../shared/dkim/types";
import inventory from "../../test/fixtures/inventory.json";
import { emptyView, loadFixture, renderTemplate } from "../providers/fixture-page";
import { gmail } from "../providers/gmail";
import { fakeSite, gmailOriginalPage, sourceFixture, setPageUrl } from "../providers/source-fixtures";
import type { ApiCertificate } from "../utils/api/api-schemas";
import { judgeOpenMessage } from "./judge-open-message";

const certificates = inventory.certificates as ApiCertificate[];
const SHOW_ORIGINAL = "https://mail.google.com/mail/u/0/?ik=3f9c2a1b7e&view=om&permmsgid=msg-f:1849622017331984551";

async function judgeGmail(routes: Record<string, string>, resolveTxt: TxtResolver = async () => []) {
  const located = gmail.locate(document)!;
  const site = fakeSite(routes);
  const judgement = await judgeOpenMessage(gmail, gmail.read(located)!, located, certificates, {
    fetchPage: site.fetchPage,
    resolveTxt,
  });
  return { ...judgement, asked: site.asked };
}

describe("judgeOpenMessage", () => {
  beforeEach(() => {
    setPageUrl("https://mail.google.com/mail/u/0/#inbox");
    loadFixture("gmail.html");
    const link = document.createElement("a");
    link.href = "?ui=2&ik=3f9c2a1b7e&view=att";
    document.body.append(link);
  });

  it("judges the source the receiver marked dmarc=fail as forged, though the page shows the vendor's address", async () => {
    const judged = await judgeGmail({ [SHOW_ORIGINAL]: gmailOriginalPage(sourceFixture("psw-payment-forged.eml")) });
    expect(judged).toMatchObject({
      sender: "forged",
      assessment: { spoofed: true, kind: "payment", certificate: "k03" },
    });
    expect(judged.source).toContain("dmarc=fail");
  });

  it("keeps the page's verdict with an unverified sender when the source cannot be read", async () => {
    const judged = await judgeGmail({});
    expect(judged).toMatchObject({
      sender: "unverified",
      source: null,
      assessment: { spoofed: false, kind: "payment" },
    });
    expect(judged.asked).toEqual([`GET ${SHOW_ORIGINAL}`]);
  });

  it("does not take a source whose From is not the sender the page shows", async () => {
    const other = sourceFixture("psw-payment-genuine.eml").replace(
      "<billing@psw-group.de>",
      "<billing@psw-group.example>",
    );
    const judged = await judgeGmail({ [SHOW_ORIGINAL]: gmailOriginalPage(other) });
    expect(judged).toMatchObject({ sender: "unverified", source: null });
  });

  it("reads no source for a message that is no vendor notice", async () => {
    emptyView();
    renderTemplate("msg-lunch");
    const judged = await judgeGmail({});
    expect(judged.assessment.kind).toBe("other");
    expect(judged.asked).toEqual([]);
  });

  it("verifies the sender by its DKIM signature, with the key from DNS, when the receiver wrote no verdict", async () => {
    const key = makeDkimKey("rsa");
    const unsigned = sourceFixture("psw-payment-genuine.eml").replace(
      /^Authentication-Results:[^\r\n]*(?:\r\n[ \t][^\r\n]*)*\r\n/m,
      "",
    );
    const signed = await signMessage(unsigned, "psw-group.de", "s2026", key);
    const asked: string[] = [];
    const resolver = mapResolver({ "s2026._domainkey.psw-group.de": [key.record] });
    const resolveTxt: TxtResolver = (name) => (asked.push(name), resolver(name));
    const judged = await judgeGmail({ [SHOW_ORIGINAL]: gmailOriginalPage(signed) }, resolveTxt);
    expect(judged.sender).toBe("verified");
    expect(judged.assessment.sender.verifiedBy).toBe("dkim-signature d=psw-group.de");
    expect(asked).toEqual(["s2026._domainkey.psw-group.de"]);

    const altered = signed.replace("EUR 189.00", "EUR 1890.00");
    expect((await judgeGmail({ [SHOW_ORIGINAL]: gmailOriginalPage(altered) }, resolveTxt)).sender).toBe("unverified");
  });
});
