import { describe, expect, it } from "vitest";
import { allowsPrivateTargets, checkTarget } from "./target";

const strict = { allowPrivate: false };
const local = { allowPrivate: true };

/** Every way of writing a loopback, private, link-local … target that the URL parser accepts. */
const REFUSED = [
  "http://127.0.0.1/",
  "http://127.0.0.1./crl",
  "http://127.1/",
  "http://0x7f000001/",
  "http://2130706433/",
  "http://0177.0.0.1/",
  "http://0x7f.0.0.1/",
  "http://017700000001/",
  "http://[::1]/",
  "http://[0:0:0:0:0:0:0:1]/",
  "http://[::ffff:127.0.0.1]/",
  "http://[::ffff:7f00:1]/",
  "http://[::ffff:8.8.8.8]/",
  "http://[::127.0.0.1]/",
  "http://0.0.0.0/",
  "http://0/",
  "http://[::]/",
  "http://10.0.0.1/",
  "http://10.255.255.255/",
  "http://172.16.0.1/",
  "http://172.31.255.254/",
  "http://192.168.1.1/",
  "http://3232235777/",
  "http://169.254.169.254/latest/meta-data/",
  "http://0xa9fea9fe/",
  "http://[fe80::1]/",
  "http://100.64.0.1/",
  "http://100.127.255.254/",
  "http://[fc00::1]/",
  "http://[fd00:ec2::254]/",
  "http://224.0.0.1/",
  "http://[ff02::1]/",
  "http://255.255.255.255/",
  "http://localhost/",
  "http://LOCALHOST./",
  "http://api.localhost/",
  "http://metadata.google.internal/computeMetadata/v1/",
  "http://vault.internal/",
  "http://printer.local/",
  "http://router/",
  "http://\u24DB\u24DE\u24D2\u24D0\u24DB\u24D7\u24DE\u24E2\u24E3/",
  "http://127\u30020\u30020\u30021/",
  "http://[::ffff:169.254.169.254]/",
  "http://[64:ff9b::7f00:1]/",
  "http://[2002:7f00:1::]/",
] as const;

describe("checkTarget", () => {
  it.each(REFUSED)("refuses %s", (url) => {
    const result = checkTarget(url, strict);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).not.toMatch(/port|open|closed|refused|connect/i);
  });

  it("allows public names and public addresses over http and https", () => {
    for (const url of [
      "http://crl.example-ca.com/ca.crl",
      "https://crt.sh/?q=x",
      "http://8.8.8.8/",
      "https://[2606:4700:4700::1111]/",
      "http://ca.test/x",
    ]) {
      expect(checkTarget(url, strict), url).toMatchObject({ ok: true });
    }
  });

  it("names the address the parser saw, so 0x7f000001 is shown as 127.0.0.1", () => {
    expect(checkTarget("http://0x7f000001/", strict)).toEqual({
      ok: false,
      reason: "127.0.0.1 is a loopback address, not a public one",
    });
    expect(checkTarget("http://192.168.0.10:8080/", strict)).toEqual({
      ok: false,
      reason: "192.168.0.10 is a private network address, not a public one",
    });
    expect(checkTarget("http://printer.local/", strict)).toEqual({
      ok: false,
      reason: "printer.local is a local name (.local), not a public one",
    });
  });

  it("refuses schemes other than http and https, and plain http where https is required", () => {
    for (const url of [
      "ftp://ca.example/x.crl",
      "file:///etc/passwd",
      "gopher://ca.example/",
      "data:text/plain,x",
      "javascript:alert(1)",
    ]) {
      expect(checkTarget(url, local), url).toEqual({ ok: false, reason: "only http and https URLs are allowed" });
    }
    expect(checkTarget("http://hooks.example.com/x", { allowPrivate: false, httpsOnly: true })).toEqual({
      ok: false,
      reason: "it must use https",
    });
    expect(checkTarget("not a url", strict)).toEqual({ ok: false, reason: "it is not a valid URL" });
  });

  it("with OUTBOUND_ALLOW_PRIVATE, allows loopback, private networks and plain http webhooks", () => {
    for (const url of [
      "http://127.0.0.1:8787/crl",
      "http://0x7f000001/",
      "http://[::1]/",
      "http://[::ffff:127.0.0.1]/",
      "http://localhost:9000/",
      "http://10.0.0.5/",
      "http://192.168.1.1/",
    ]) {
      expect(checkTarget(url, local), url).toMatchObject({ ok: true });
    }
    expect(checkTarget("http://127.0.0.1:9000/hook", { allowPrivate: true, httpsOnly: true })).toMatchObject({
      ok: true,
    });
  });

  it("never allows cloud metadata services, multicast or the unspecified address, even then", () => {
    for (const url of [
      "http://169.254.169.254/",
      "http://[fd00:ec2::254]/",
      "http://metadata.google.internal/",
      "http://224.0.0.1/",
      "http://0.0.0.0/",
    ]) {
      expect(checkTarget(url, local).ok, url).toBe(false);
    }
  });

  it('reads OUTBOUND_ALLOW_PRIVATE as off unless it is exactly "true"', () => {
    expect(allowsPrivateTargets({})).toBe(false);
    expect(allowsPrivateTargets({ OUTBOUND_ALLOW_PRIVATE: "1" })).toBe(false);
    expect(allowsPrivateTargets({ OUTBOUND_ALLOW_PRIVATE: "true" })).toBe(true);
  });
});
