import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { createWorkerClient } from "../../utils/api";
import { apiError, certificatePage, json } from "../../test-setup/responses";
import { containsPem, importSources, readFiles } from "./import-files";

const certs = path.join(import.meta.dirname, "../../../test/fixtures/certs");
const read = (name: string) => readFileSync(path.join(certs, name), "latin1");

describe("importing PEM files", () => {
  it("recognises PEM certificates, not DER files or certificate requests", () => {
    expect(containsPem(read("leaf-rsa.pem"))).toBe(true);
    expect(containsPem(read("bundle.pem"))).toBe(true);
    expect(containsPem(read("leaf-rsa.der"))).toBe(false);
    expect(containsPem(read("request.csr.pem"))).toBe(false);
  });

  it("posts each file on its own and reports one result per file", async () => {
    const shop = certificatePage().certificates[0];
    const fetchMock = vi.fn(async (_url: string, init: RequestInit) => {
      const body = String(init.body);
      if (body.includes(read("expired.pem").trim().split("\n")[1])) {
        return apiError(422, "duplicate", "This certificate is already in the inventory");
      }
      return json({ certificates: [shop] }, 201);
    });
    const client = createWorkerClient({ workerUrl: "http://127.0.0.1:8791", token: "ct_good" }, fetchMock as unknown as typeof fetch);
    const results = await importSources(client, [
      { name: "leaf-rsa.pem", text: read("leaf-rsa.pem") },
      { name: "expired.pem", text: read("expired.pem") },
      { name: "leaf-rsa.der", text: read("leaf-rsa.der") },
    ]);
    expect(results).toEqual([
      { name: "leaf-rsa.pem", ok: true, commonNames: ["shop.harborfinch.de"] },
      { name: "expired.pem", ok: false, reason: "rejected", message: "This certificate is already in the inventory" },
      { name: "leaf-rsa.der", ok: false, reason: "no-pem", message: "" },
    ]);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(new Headers(fetchMock.mock.calls[0][1].headers).get("Content-Type")).toBe("application/x-pem-file");
  });

  it("reads dropped files as text with their names", async () => {
    const file = new File([read("leaf-ip.pem")], "leaf-ip.pem", { type: "application/x-pem-file" });
    expect(await readFiles([file])).toEqual([{ name: "leaf-ip.pem", text: read("leaf-ip.pem") }]);
  });
});
