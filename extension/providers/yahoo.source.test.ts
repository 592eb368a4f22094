import { beforeEach, describe, expect, it } from "vitest";
import { loadFixture } from "./fixture-page";
import { fakeSite, setPageUrl, sourceFixture } from "./source-fixtures";
import { yahoo } from "./yahoo";
import { readYahooSource, yahooSourceUrl } from "./yahoo.source";

const RAW_VIEW =
  "https://mail.yahoo.com/ws/v3/mailboxes/@.id==VjN-c2Vjb25kLWtlc3RyZWwtbG9naXN0aWNz/messages/@.id==AJ4mR9kh1vzlZVvWQAGYu7fmdG0/content/rawplaintext?appid=YMailNorrin";

/** The bootstrap script, which loadFixture drops; kept inert here. */
function bootstrap(mailboxId = "VjN-c2Vjb25kLWtlc3RyZWwtbG9naXN0aWNz") {
  const script = document.createElement("script");
  script.type = "application/json";
  script.textContent = `window.__INITIAL_STATE__ = {"mail":{"mailboxes":[{"mailboxId":"${mailboxId}","type":"PRIMARY"}]}};`;
  document.head.append(script);
}

describe("Yahoo source reader", () => {
  beforeEach(() => {
    setPageUrl("https://mail.yahoo.com/d/folders/1/messages/AJ4mR9kh1vzlZVvWQAGYu7fmdG0");
    loadFixture("yahoo.html");
    bootstrap();
  });

  it("asks the raw message view for the message in the address and the mailbox in the bootstrap state", () => {
    expect(yahooSourceUrl(document)).toBe(RAW_VIEW);
    setPageUrl("https://mail.yahoo.com/d/folders/1");
    expect(yahooSourceUrl(document)).toBeNull();
  });

  it("reads the message as the raw view sends it, and null when the view answers otherwise", async () => {
    const raw = sourceFixture("psw-payment-forged.eml");
    const site = fakeSite({ [RAW_VIEW]: raw });
    expect(await readYahooSource(yahoo.locate(document)!, site.fetchPage)).toBe(raw);
    expect(site.asked).toEqual([`GET ${RAW_VIEW}`]);
    expect(
      await readYahooSource(
        yahoo.locate(document)!,
        fakeSite({ [RAW_VIEW]: '{"error":{"code":"EC-4003"}}' }).fetchPage,
      ),
    ).toBeNull();
  });
});
