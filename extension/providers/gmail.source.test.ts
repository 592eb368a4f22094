import { beforeEach, describe, expect, it } from "vitest";
import { fixtureHtml, loadFixture } from "./fixture-page";
import { gmail } from "./gmail";
import { gmailIk, gmailSourceUrl, originalFromPage, readGmailSource } from "./gmail.source";
import { fakeSite, gmailOriginalPage, sourceFixture, setPageUrl } from "./source-fixtures";

const SHOW_ORIGINAL = "https://mail.google.com/mail/u/0/?ik=3f9c2a1b7e&view=om&permmsgid=msg-f:1849622017331984551";

/** The saved page with its bootstrap script, which loadFixture drops (happy-dom would run it). */
function globalsScript(): HTMLScriptElement {
  const parsed = new DOMParser().parseFromString(fixtureHtml("gmail.html"), "text/html");
  const script = Array.from(parsed.querySelectorAll("script")).find((s) => s.textContent?.includes("GLOBALS"))!;
  const copy = document.createElement("script");
  copy.type = "application/json"; // kept inert here; Gmail's is a classic script
  copy.textContent = script.textContent;
  return copy;
}

describe("Gmail source reader", () => {
  beforeEach(() => {
    setPageUrl("https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWvrZbNtkfmKBqdFhZlmWSdJ");
    loadFixture("gmail.html");
    document.head.append(globalsScript());
  });

  it("finds ik in the GLOBALS script, and in Gmail's own links when there is no script", () => {
    expect(gmailIk(document)).toBe("3f9c2a1b7e");
    document.querySelector("script[type='application/json']")?.remove();
    expect(gmailIk(document)).toBeNull();
    const link = document.createElement("a");
    link.href = "?ui=2&ik=0a1b2c3d4e&attid=0.1&permmsgid=msg-f:1&view=att";
    document.body.append(link);
    expect(gmailIk(document)).toBe("0a1b2c3d4e");
  });

  it("builds the Show original address from the account path, ik and the expanded message's data-message-id", () => {
    expect(gmailSourceUrl(gmail.locate(document)!.container)).toBe(SHOW_ORIGINAL);
    setPageUrl("https://mail.google.com/mail/u/2/#inbox");
    expect(gmailSourceUrl(gmail.locate(document)!.container)).toContain("/mail/u/2/?ik=");
  });

  it("reads the raw message out of the Show original page's pre, escapes undone", async () => {
    const raw = sourceFixture("psw-payment-forged.eml");
    const site = fakeSite({ [SHOW_ORIGINAL]: gmailOriginalPage(raw) });
    expect(await readGmailSource(gmail.locate(document)!, site.fetchPage)).toBe(raw);
    expect(site.asked).toEqual([`GET ${SHOW_ORIGINAL}`]);
  });

  it("answers null, without throwing, for a sign-in page, an error or a page without ik", async () => {
    const located = gmail.locate(document)!;
    expect(
      await readGmailSource(located, fakeSite({ [SHOW_ORIGINAL]: "<html><body>Sign in</body></html>" }).fetchPage),
    ).toBeNull();
    expect(await readGmailSource(located, fakeSite({}).fetchPage)).toBeNull();
    document.querySelector("script[type='application/json']")?.remove();
    const site = fakeSite({ [SHOW_ORIGINAL]: gmailOriginalPage(sourceFixture("psw-payment-genuine.eml")) });
    expect(await readGmailSource(located, site.fetchPage)).toBeNull();
    expect(site.asked).toEqual([]);
  });

  it("takes only a pre that holds a message", () => {
    expect(originalFromPage("<pre>console.log(1)</pre><pre>From: a@b.example\nSubject: x &amp; y\n\nbody</pre>")).toBe(
      "From: a@b.example\nSubject: x & y\n\nbody",
    );
  });
});
