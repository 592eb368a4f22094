import { beforeEach, describe, expect, it } from "vitest";
import { fastmail } from "./fastmail";
import { downloadUrl, readFastmailSource } from "./fastmail.source";
import { loadFixture } from "./fixture-page";
import { fakeSite, sourceFixture, setPageUrl } from "./source-fixtures";

const ORIGIN = "https://app.fastmail.com";
const SESSION = {
  apiUrl: `${ORIGIN}/jmap/api/`,
  downloadUrl: `${ORIGIN}/jmap/download/{accountId}/{blobId}/{name}?type={type}`,
  primaryAccounts: { "urn:ietf:params:jmap:mail": "u1a2b3c4d", "urn:ietf:params:jmap:core": "u1a2b3c4d" },
};
const BLOB = `${ORIGIN}/jmap/download/u1a2b3c4d/G8d1e5f0a/message.eml?type=message%2Frfc822`;

/** Fastmail's JMAP endpoints for the open message M4b1f…; `Email/get` answers with its blob. */
function jmap(raw: string) {
  const calls: unknown[] = [];
  const site = fakeSite({
    [`${ORIGIN}/jmap/session`]: JSON.stringify(SESSION),
    [SESSION.apiUrl]: (init) => {
      const request = JSON.parse(String(init?.body));
      calls.push(request.methodCalls[0]);
      const ids: string[] = request.methodCalls[0][1].ids;
      return JSON.stringify({
        methodResponses: [["Email/get", { list: ids.map((id) => ({ id, blobId: "G8d1e5f0a" })), notFound: [] }, "0"]],
      });
    },
    [BLOB]: raw,
  });
  return { ...site, calls };
}

describe("Fastmail source reader", () => {
  beforeEach(() => {
    setPageUrl(`${ORIGIN}/mail/Inbox/T4b1f09e2c6d8a7f3.M4b1f09e2c6d8a7f31b5e2d90`);
    loadFixture("fastmail.html");
  });

  it("gets the open email's blob over JMAP and downloads it from the session's template", async () => {
    const raw = sourceFixture("psw-payment-forged.eml");
    const site = jmap(raw);
    expect(await readFastmailSource(fastmail.locate(document)!, site.fetchPage)).toBe(raw);
    expect(site.calls).toEqual([
      ["Email/get", { accountId: "u1a2b3c4d", ids: ["M4b1f09e2c6d8a7f31b5e2d90"], properties: ["blobId"] }, "0"],
    ]);
    expect(site.asked).toEqual([`GET ${ORIGIN}/jmap/session`, `POST ${SESSION.apiUrl}`, `GET ${BLOB}`]);
  });

  it("reads nothing when the session is not JMAP's or points at another origin", async () => {
    const located = fastmail.locate(document)!;
    expect(
      await readFastmailSource(located, fakeSite({ [`${ORIGIN}/jmap/session`]: "<html>login</html>" }).fetchPage),
    ).toBeNull();
    const elsewhere = fakeSite({
      [`${ORIGIN}/jmap/session`]: JSON.stringify({ ...SESSION, apiUrl: "https://evil.example/jmap/" }),
    });
    expect(await readFastmailSource(located, elsewhere.fetchPage)).toBeNull();
    expect(elsewhere.asked).toEqual([`GET ${ORIGIN}/jmap/session`]);
  });

  it("fills the download template, encoding each value", () => {
    expect(downloadUrl("/d/{accountId}/{blobId}/{name}?accept={type}&x={other}", "a/b", "c d")).toBe(
      "/d/a%2Fb/c%20d/message.eml?accept=message%2Frfc822&x={other}",
    );
  });
});
