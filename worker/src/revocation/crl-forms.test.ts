import "reflect-metadata";
import { env } from "cloudflare:workers";
import { X509Certificate } from "@peculiar/x509";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import base from "../../../test/fixtures/certs/crl-base-with-freshest.pem?raw";
import crlCa from "../../../test/fixtures/certs/crl-ca.pem?raw";
import concatenated from "../../../test/fixtures/certs/crl-concatenated.pem?raw";
import delta from "../../../test/fixtures/certs/crl-delta.pem?raw";
import dsaCa from "../../../test/fixtures/certs/crl-dsa-ca.pem?raw";
import dsaSigned from "../../../test/fixtures/certs/crl-dsa-signed.pem?raw";
import leaf from "../../../test/fixtures/certs/crl-leaf.pem?raw";
import offsetTimes from "../../../test/fixtures/certs/crl-offset-times.pem?raw";
import textBefore from "../../../test/fixtures/certs/crl-text-before-pem.pem?raw";
import { routeFetchToPeers } from "../../test/peers/network";
import { checkRevocation } from "./check";
import { chooseCrl, judgeCrl, parseCrls } from "./crl";
import { readConcatenatedCrls } from "./crl-der";

// CRLs as openssl writes them (test/fixtures/certs/make-crls.sh); the leaf's serial is 1001.
const bytes = (text: string) => new TextEncoder().encode(text);
const issuer = new X509Certificate(crlCa);
const now = new Date();
const judge = (crl: ReturnType<typeof parseCrls>[number], ca = issuer) =>
  judgeCrl({ crl, url: "http://crl.certitude-test-ca.example/x.crl", serialNumber: "1001", issuer: ca, now });

beforeEach(async () => {
  await env.DB.batch([env.DB.prepare("DELETE FROM crl_cache"), env.DB.prepare("DELETE FROM crl_cache_chunks")]);
});
afterEach(() => vi.restoreAllMocks());

describe("CRLs in the forms CAs publish them", () => {
  it("reads thisUpdate and nextUpdate with a +0100 offset as the instants they name", async () => {
    const [crl] = parseCrls(bytes(offsetTimes));
    expect(crl.thisUpdate.toISOString()).toBe("2026-11-19T23:00:00.000Z");
    expect(crl.nextUpdate?.toISOString()).toBe("2099-12-31T22:59:59.000Z");
    expect((await judge(crl)).verdict).toMatchObject({ status: "revoked", reason: "keyCompromise" });
  });

  it("reads a PEM CRL with openssl's text before the block", async () => {
    expect(textBefore.startsWith("Certificate Revocation List")).toBe(true);
    const crls = parseCrls(bytes(textBefore));
    expect(crls).toHaveLength(1);
    expect((await judge(crls[0])).verdict.status).toBe("revoked");
  });

  it("chooses, of concatenated CRLs, the one whose issuer is the certificate's issuer (PEM and DER)", async () => {
    const crls = parseCrls(bytes(concatenated));
    expect(crls).toHaveLength(2);
    const chosen = chooseCrl(crls, new Uint8Array(issuer.subjectName.toArrayBuffer()))!;
    expect(chosen).toBe(crls[1]);
    expect((await judge(chosen)).verdict.status).toBe("revoked");
    const der = new Uint8Array([...crls[0].der, ...crls[1].der]);
    expect(readConcatenatedCrls(der).map((c) => c.thisUpdate)).toEqual(crls.map((c) => c.thisUpdate));
  });

  it("says a DSA-signed CRL has an unsupported signature algorithm, not that it cannot be trusted", async () => {
    const judged = await judge(parseCrls(bytes(dsaSigned))[0], new X509Certificate(dsaCa));
    expect(judged.usable).toBe(false);
    expect(judged.verdict.detail).toContain("unsupported signature algorithm (dsa_with_SHA256)");
    expect(judged.verdict.detail).not.toContain("cannot be trusted");
  });
});

describe("delta CRLs", () => {
  function serve(files: Record<string, string>) {
    const served: string[] = [];
    routeFetchToPeers({
      "crl.certitude-test-ca.example": (request) => {
        const path = new URL(request.url).pathname;
        served.push(path);
        return files[path] ? new Response(files[path]) : new Response("not found", { status: 404 });
      },
    });
    return served;
  }
  const check = () =>
    checkRevocation(
      { serialNumber: null, notAfter: "2090-01-01T00:00:00Z", pem: leaf, chainPem: crlCa },
      { db: env.DB, now, outbound: { timeoutMs: 300, allowPrivate: false }, maxCrlBytes: 1_000_000 },
    );

  it("applies the delta named by Freshest CRL: a serial the delta lists is revoked", async () => {
    const served = serve({ "/base.crl": base, "/delta.crl": delta });
    const verdict = await check();
    expect(served).toEqual(["/base.crl", "/delta.crl"]);
    expect(verdict).toMatchObject({
      status: "revoked",
      source: "crl",
      reason: "keyCompromise",
      url: "http://crl.certitude-test-ca.example/delta.crl",
    });
    expect(verdict.detail).toContain("delta CRL");
  });

  it("keeps the complete CRL's answer, and says why, when the delta cannot be fetched", async () => {
    serve({ "/base.crl": base });
    const verdict = await check();
    expect(verdict.status).toBe("good");
    expect(verdict.detail).toContain("Its delta CRL was not applied");
  });

  it("answers from the right CRL of a concatenated download", async () => {
    serve({ "/base.crl": concatenated });
    expect(await check()).toMatchObject({ status: "revoked", reason: "keyCompromise" });
  });
});
