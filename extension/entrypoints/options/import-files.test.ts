import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { createWorkerClient } from "../../utils/api/api";
import { apiError, certificatePage, json } from "../../test-setup/responses";
import { certificateEncoding, importSources, pastedSource, readFiles } from "./import-files";

const certs = path.join(import.meta.dirname, "../../../test/fixtures/certs");
const bytes = (name: string) => new Uint8Array(readFileSync(path.join(certs, name)));

describe("importing certificate files", () => {
  it("tells PEM from DER from things that are not certificates", () => {
    expect(certificateEncoding(bytes("leaf-rsa.pem"))).toBe("pem");
    expect(certificateEncoding(bytes("bundle.pem"))).toBe("pem");
    expect(certificateEncoding(bytes("leaf-rsa.der"))).toBe("der");
    expect(certificateEncoding(bytes("request.csr.pem"))).toBeNull();
    expect(certificateEncoding(new TextEncoder().encode("%PDF-1.7\n"))).toBeNull();
  });

  it("posts each file on its own, PEM as text and DER as bytes, with one result per file", async () => {
    const shop = certificatePage().certificates[0];
    const expiredBody = readFileSync(path.join(certs, "expired.pem"), "utf8");
    const fetchMock = vi.fn(async (_url: string, init: RequestInit) => {
      if (init.body === expiredBody) return apiError(409, "duplicate", "This certificate is already in the inventory");
      if (init.body === readFileSync(path.join(certs, "leaf-ip.pem"), "utf8"))
        return json({ certificates: [shop], created: 0 }, 200);
      return json({ certificates: [shop], created: 1 }, 201);
    });
    const client = createWorkerClient(
      { workerUrl: "http://127.0.0.1:8791", token: "ct_good" },
      fetchMock as unknown as typeof fetch,
    );
    const results = await importSources(client, [
      { name: "leaf-rsa.pem", bytes: bytes("leaf-rsa.pem") },
      { name: "expired.pem", bytes: bytes("expired.pem") },
      { name: "leaf-rsa.der", bytes: bytes("leaf-rsa.der") },
      { name: "request.csr.pem", bytes: bytes("request.csr.pem") },
      { name: "leaf-ip.pem", bytes: bytes("leaf-ip.pem") },
    ]);
    expect(results).toEqual([
      { name: "leaf-rsa.pem", ok: true, commonNames: ["shop.harborfinch.de"], created: 1 },
      { name: "expired.pem", ok: false, reason: "rejected", message: "This certificate is already in the inventory" },
      { name: "leaf-rsa.der", ok: true, commonNames: ["shop.harborfinch.de"], created: 1 },
      { name: "request.csr.pem", ok: false, reason: "not-a-certificate", message: "" },
      { name: "leaf-ip.pem", ok: true, commonNames: ["shop.harborfinch.de"], created: 0 },
    ]);
    const types = fetchMock.mock.calls.map(([, init]) => new Headers(init.headers).get("Content-Type"));
    expect(types).toEqual([
      "application/x-pem-file",
      "application/x-pem-file",
      "application/pkix-cert",
      "application/x-pem-file",
    ]);
    expect(fetchMock.mock.calls[2][1].body).toEqual(bytes("leaf-rsa.der"));
  });

  it("recognises PKCS#7 (PEM .p7b, DER .p7c) and PKCS#12 files", () => {
    expect(certificateEncoding(bytes("chain.p7b"))).toBe("pem");
    expect(certificateEncoding(bytes("bundle.p7c"))).toBe("pkcs7");
    expect(certificateEncoding(bytes("leaf-rsa.p12"))).toBe("pkcs12");
    expect(certificateEncoding(bytes("self-signed-openssl-default.pem"))).toBe("pem");
  });

  it("sends a DER PKCS#7 as application/pkcs7-mime and a PKCS#12 as application/x-pkcs12, keeping the Worker's refusal", async () => {
    const shop = certificatePage().certificates[0];
    const fetchMock = vi.fn(async (_url: string, init: RequestInit) => {
      const type = new Headers(init.headers).get("Content-Type");
      if (type === "application/x-pkcs12") {
        return apiError(
          422,
          "pkcs12",
          "This is a PKCS#12 (.p12/.pfx) file … Export the certificate without its private key",
        );
      }
      return json({ certificates: [shop], created: 1 }, 201);
    });
    const client = createWorkerClient(
      { workerUrl: "http://127.0.0.1:8791", token: "ct_good" },
      fetchMock as unknown as typeof fetch,
    );
    const results = await importSources(client, [
      { name: "bundle.p7c", bytes: bytes("bundle.p7c") },
      { name: "chain.p7b", bytes: bytes("chain.p7b") },
      { name: "leaf-rsa.p12", bytes: bytes("leaf-rsa.p12") },
    ]);
    const types = fetchMock.mock.calls.map(([, init]) => new Headers(init.headers).get("Content-Type"));
    expect(types).toEqual(["application/pkcs7-mime", "application/x-pem-file", "application/x-pkcs12"]);
    expect(results.map((r) => r.ok)).toEqual([true, true, false]);
    expect(results[2]).toMatchObject({
      reason: "rejected",
      message: expect.stringContaining("without its private key"),
    });
  });

  it("reads dropped files and pasted text as bytes with their names", async () => {
    const file = new File([bytes("leaf-ip.pem")], "leaf-ip.pem", { type: "application/x-pem-file" });
    expect(await readFiles([file])).toEqual([{ name: "leaf-ip.pem", bytes: bytes("leaf-ip.pem") }]);
    const pasted = pastedSource("Pasted text", readFileSync(path.join(certs, "leaf-ip.pem"), "utf8"));
    expect(certificateEncoding(pasted.bytes)).toBe("pem");
  });
});
