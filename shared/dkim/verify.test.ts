import { describe, expect, it } from "vitest";
import { canonicalBody, canonicalHeader } from "./canonicalize";
import { makeDkimKey, mapResolver, signMessage } from "./test-signer";
import { verifyDkim } from "./verify";

const NOTICE = [
  "From: DigiCert <no-reply@digicert.example>",
  "To: it-ops@kestrel-logistics.com",
  "Subject: Your certificate expires in 30 days",
  "Date: Sun, 15 Nov 2026 07:30:02 +0000",
  "Message-ID: <dkim.1@digicert.example>",
  "MIME-Version: 1.0",
  "Content-Type: text/plain; charset=utf-8",
  "",
  "Your certificate for www.kestrel-logistics.com expires   on December 15, 2026.  ",
  "",
  "DigiCert",
  "",
  "",
].join("\r\n");

const rsa = makeDkimKey("rsa");
const ed = makeDkimKey("ed25519");
const resolve = mapResolver({
  "s1._domainkey.digicert.example": [rsa.record],
  "ed._domainkey.digicert.example": ["google-site-verification=x", ed.record],
});

describe("verifyDkim", () => {
  it.each(["relaxed/relaxed", "simple/simple", "relaxed/simple", "simple/relaxed"])(
    "verifies an RSA-SHA256 signature, %s",
    async (canonicalization) => {
      const signed = await signMessage(NOTICE, "digicert.example", "s1", rsa, { canonicalization });
      expect(await verifyDkim(signed, { resolve })).toMatchObject([
        { domain: "digicert.example", selector: "s1", algorithm: "rsa-sha256", result: "pass" },
      ]);
    },
  );

  it("verifies an Ed25519-SHA256 signature (RFC 8463)", async () => {
    const signed = await signMessage(NOTICE, "digicert.example", "ed", ed);
    expect(await verifyDkim(signed, { resolve })).toMatchObject([{ algorithm: "ed25519-sha256", result: "pass" }]);
  });

  it("verifies a message stored with bare LF line ends, as saved .eml files are", async () => {
    const signed = await signMessage(NOTICE, "digicert.example", "s1", rsa);
    expect((await verifyDkim(signed.replace(/\r\n/g, "\n"), { resolve }))[0].result).toBe("pass");
  });

  it("honours l=: text appended after the signed length does not break it", async () => {
    const signed = await signMessage(NOTICE, "digicert.example", "s1", rsa, { maxBodyLength: 40 });
    expect((await verifyDkim(`${signed}Appended by a list footer\r\n`, { resolve }))[0].result).toBe("pass");
  });

  it("fails a changed body and a changed signed header", async () => {
    const signed = await signMessage(NOTICE, "digicert.example", "s1", rsa);
    const body = await verifyDkim(signed.replace("December 15", "November 20"), { resolve });
    expect(body[0]).toMatchObject({ result: "fail", reason: expect.stringContaining("body hash") });
    const header = await verifyDkim(signed.replace("expires in 30 days", "payment declined"), { resolve });
    expect(header[0]).toMatchObject({ result: "fail", reason: expect.stringContaining("did not verify") });
  });

  it("fails a From header added above the signed one", async () => {
    const signed = await signMessage(NOTICE, "digicert.example", "s1", rsa, {
      headerList: ["from", "to", "subject", "date"],
    });
    const results = await verifyDkim(`From: DigiCert Billing <billing@digicert.example>\r\n${signed}`, { resolve });
    expect(results[0]).toMatchObject({ result: "fail", reason: expect.stringContaining("From") });
  });

  it("says why a key is missing, revoked or unreachable", async () => {
    const signed = await signMessage(NOTICE, "digicert.example", "s1", rsa);
    expect((await verifyDkim(signed, { resolve: mapResolver({}) }))[0]).toMatchObject({
      result: "permerror",
      reason: expect.stringContaining("no DKIM key"),
    });
    expect(
      (await verifyDkim(signed, { resolve: mapResolver({ "s1._domainkey.digicert.example": ["v=DKIM1; p="] }) }))[0]
        .result,
    ).toBe("permerror");
    const down = async () => Promise.reject(new Error("resolver timed out"));
    expect((await verifyDkim(signed, { resolve: down }))[0]).toMatchObject({
      result: "temperror",
      reason: expect.stringContaining("timed out"),
    });
  });

  it("rejects a key of another message's domain and a malformed signature without throwing", async () => {
    const signed = await signMessage(NOTICE, "digicert.example", "s1", rsa);
    const swapped = mapResolver({ "s1._domainkey.digicert.example": [makeDkimKey("rsa").record] });
    expect((await verifyDkim(signed, { resolve: swapped }))[0].result).toBe("fail");
    expect(
      await verifyDkim(`DKIM-Signature: v=1; a=rsa-sha1; d=x.example; s=a; h=from; bh=AA==; b=AA==\r\n${NOTICE}`, {
        resolve,
      }),
    ).toMatchObject([{ domain: "x.example", result: "permerror", reason: expect.stringContaining("rsa-sha1") }]);
    expect(await verifyDkim(NOTICE, { resolve })).toEqual([]);
  });
});

describe("canonicalisation (RFC 6376 §3.4.5 example)", () => {
  it("relaxes headers and bodies as the RFC's example shows", () => {
    expect(canonicalHeader({ name: "a", raw: "A: X" }, "relaxed")).toBe("a:X");
    expect(canonicalHeader({ name: "b", raw: "B : Y\t\r\n\tZ  " }, "relaxed")).toBe("b:Y Z");
    expect(canonicalBody(" C \r\nD \t E\r\n\r\n\r\n", "relaxed")).toBe(" C\r\nD E\r\n");
    expect(canonicalBody(" C \r\nD \t E\r\n\r\n\r\n", "simple")).toBe(" C \r\nD \t E\r\n");
    expect(canonicalBody("", "simple")).toBe("\r\n");
    expect(canonicalBody("", "relaxed")).toBe("");
  });
});
