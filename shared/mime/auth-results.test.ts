import { describe, expect, it } from "vitest";
import { authVerdictsFromHeaders, parseAuthenticationResults } from "./auth-results";

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
    const value = "mx1.example.net; dkim=fail (dkim=pass header.d=sectigo.com) header.d=sectigo.com; arc=pass; auth=pass smtp.auth=x";
    expect(parseAuthenticationResults(value)).toEqual([{ method: "dkim", result: "fail", domain: "sectigo.com" }]);
  });

  it("trusts nothing after an unclosed comment", () => {
    expect(parseAuthenticationResults("mx; dkim=fail header.d=godaddy.com (broken; dmarc=pass header.from=godaddy.com")).toEqual([
      { method: "dkim", result: "fail", domain: "godaddy.com" },
    ]);
  });

  it("reads a result without properties and a header with none", () => {
    expect(parseAuthenticationResults("mx.example; dkim=none")).toEqual([{ method: "dkim", result: "none" }]);
    expect(parseAuthenticationResults("mx.example; none")).toEqual([]);
  });
});

describe("authVerdictsFromHeaders", () => {
  it("prefers Authentication-Results and uses ARC only when it is missing", () => {
    const arc = ["i=1; relay.example; dkim=pass header.d=globalsign.com"];
    expect(authVerdictsFromHeaders({ "arc-authentication-results": arc })).toEqual([
      { method: "dkim", result: "pass", domain: "globalsign.com" },
    ]);
    expect(
      authVerdictsFromHeaders({ "authentication-results": ["mx; spf=fail smtp.mailfrom=globalsign.com"], "arc-authentication-results": arc }),
    ).toEqual([{ method: "spf", result: "fail", domain: "globalsign.com" }]);
  });
});
