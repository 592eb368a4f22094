import { describe, expect, it } from "vitest";
import { arcVerdicts, authservIdOf, parseAuthenticationResults, receiverVerdicts } from "./auth-results";

describe("parseAuthenticationResults", () => {
  it("reads each method with the domain it concerns", () => {
    const value =
      "mx.google.com; dkim=pass header.i=@digicert.com header.s=s1 header.b=abc; spf=pass (google.com: domain of bounce@notify.digicert.com designates 54.240.48.112 as permitted sender) smtp.mailfrom=bounce@notify.digicert.com; dmarc=pass (p=REJECT) header.from=digicert.com";
    expect(parseAuthenticationResults(value)).toEqual([
      { method: "dkim", result: "pass", domain: "digicert.com" },
      { method: "spf", result: "pass", domain: "notify.digicert.com" },
      { method: "dmarc", result: "pass", domain: "digicert.com" },
    ]);
  });

  it("ignores verdicts written inside comments and unknown methods", () => {
    const value =
      "mx1.example.net; dkim=fail (dkim=pass header.d=sectigo.com) header.d=sectigo.com; arc=pass; auth=pass smtp.auth=x";
    expect(parseAuthenticationResults(value)).toEqual([{ method: "dkim", result: "fail", domain: "sectigo.com" }]);
  });

  it("trusts nothing after an unclosed comment", () => {
    expect(
      parseAuthenticationResults("mx; dkim=fail header.d=godaddy.com (broken; dmarc=pass header.from=godaddy.com"),
    ).toEqual([{ method: "dkim", result: "fail", domain: "godaddy.com" }]);
  });

  it("reads a result without properties and a header with none", () => {
    expect(parseAuthenticationResults("mx.example; dkim=none")).toEqual([{ method: "dkim", result: "none" }]);
    expect(parseAuthenticationResults("mx.example; none")).toEqual([]);
  });
});

describe("receiverVerdicts", () => {
  const receiver = "mx.recipient.example; dmarc=fail header.from=digicert.com; dkim=fail header.d=digicert.com";
  const forged = "mx.recipient.example; dkim=pass header.d=digicert.com; dmarc=pass header.from=digicert.com";

  it("reads only the topmost Authentication-Results: one further down may come from the sender", () => {
    expect(receiverVerdicts({ "authentication-results": [receiver, forged] })).toEqual([
      { method: "dmarc", result: "fail", domain: "digicert.com" },
      { method: "dkim", result: "fail", domain: "digicert.com" },
    ]);
  });

  it("reads further headers while each is from an authserv-id the account trusts", () => {
    const gateway = "gw.recipient.example; spf=pass smtp.mailfrom=digicert.com";
    const headers = { "authentication-results": ["mx.recipient.example; arc=none", gateway, forged] };
    expect(receiverVerdicts(headers, { trustedAuthservIds: ["GW.recipient.example"] })).toEqual([
      { method: "spf", result: "pass", domain: "digicert.com" },
    ]);
    expect(receiverVerdicts(headers)).toEqual([]);
  });

  it("names the authserv-id of a header, comments aside", () => {
    expect(authservIdOf("(written by) mx.google.com; dkim=pass")).toBe("mx.google.com");
  });
});

describe("arcVerdicts", () => {
  it("reads the newest ARC-Authentication-Results only when there is no Authentication-Results", () => {
    const arc = [
      "i=1; relay.example; dkim=pass header.d=globalsign.com",
      "i=2; list.example; dmarc=fail header.from=globalsign.com",
    ];
    expect(arcVerdicts({ "arc-authentication-results": arc })).toEqual([
      { method: "dmarc", result: "fail", domain: "globalsign.com" },
    ]);
    expect(
      arcVerdicts({
        "authentication-results": ["mx; spf=fail smtp.mailfrom=globalsign.com"],
        "arc-authentication-results": arc,
      }),
    ).toEqual([]);
  });
});

describe("Authentication-Results without an authserv-id", () => {
  it("reads Exchange Online's header, which opens with a result", () => {
    const value =
      "spf=pass (sender IP is 52.100.165.205) smtp.helo=NAM12.outbound.protection.outlook.com; dkim=fail (no key for signature) header.d=oueac.onmicrosoft.com;dmarc=none action=none header.from=oueac.onmicrosoft.com;compauth=fail reason=001";
    expect(parseAuthenticationResults(value)).toEqual([
      { method: "spf", result: "pass", domain: "nam12.outbound.protection.outlook.com" },
      { method: "dkim", result: "fail", domain: "oueac.onmicrosoft.com" },
      { method: "dmarc", result: "none", domain: "oueac.onmicrosoft.com" },
    ]);
    expect(authservIdOf(value)).toBe("");
  });
});
