import { beforeEach, describe, expect, it, vi } from "vitest";
import { createWorkerClient } from "../utils/api/api";
import { connectionItem } from "../utils/storage/storage";
import { createMessageHandler } from "./handlers";

const connection = {
  workerUrl: "http://127.0.0.1:8791",
  token: "ct_live_5f1c0d",
  version: "0.1.0",
  connectedAt: "2026-11-20T10:00:00Z",
};
const RAW =
  "Authentication-Results: mx.example; dmarc=fail header.from=digicert.com\r\nFrom: DigiCert <billing@digicert.com>\r\nSubject: Invoice\r\n\r\nPay now.\r\n";

describe("background: message sources and DKIM keys", () => {
  beforeEach(() => connectionItem.setValue(connection));

  it("stores a saved source as message/rfc822, byte for byte, the way a forwarded notice arrives", async () => {
    const worker = vi.fn(async (_url: string, _init: RequestInit) =>
      Response.json(
        { notice: { id: "n1", subject: "Invoice" }, assessment: { kind: "payment", misleading: false, spoofed: true } },
        { status: 201 },
      ),
    );
    const handle = createMessageHandler((c) => createWorkerClient(c, worker as unknown as typeof fetch));
    const answer = await handle({ type: "store-source", raw: RAW });
    expect(answer).toMatchObject({ ok: true, notice: { id: "n1" } });
    const [url, init] = worker.mock.calls[0];
    expect(url).toBe("http://127.0.0.1:8791/api/notices");
    expect(init.method).toBe("POST");
    expect(new Headers(init.headers).get("content-type")).toBe("message/rfc822");
    expect(new TextDecoder().decode(init.body as Uint8Array)).toBe(RAW);
  });

  it("asks Cloudflare's DNS-over-HTTPS JSON API for a DKIM key and hands back its answer", async () => {
    const dns = {
      Status: 0,
      Answer: [{ name: "s1._domainkey.digicert.com", type: 16, TTL: 300, data: '"v=DKIM1; k=rsa; p=MIIB"' }],
    };
    const doh = vi.fn(async (_url: string, _init: RequestInit) => Response.json(dns));
    const handle = createMessageHandler(undefined, doh);
    expect(await handle({ type: "dns-txt", name: "s1._domainkey.digicert.com" })).toEqual({ ok: true, answer: dns });
    const [url, init] = doh.mock.calls[0];
    expect(url).toBe("https://cloudflare-dns.com/dns-query?name=s1._domainkey.digicert.com&type=TXT");
    expect(new Headers(init.headers).get("accept")).toBe("application/dns-json");
    expect(init.credentials).toBe("omit");
  });

  it("looks up nothing but DKIM key names, and says why a lookup failed", async () => {
    const doh = vi.fn(async () => new Response("busy", { status: 503 }));
    const handle = createMessageHandler(undefined, doh);
    expect(await handle({ type: "dns-txt", name: "intranet.example" })).toMatchObject({
      ok: false,
      error: expect.stringContaining("malformed"),
    });
    expect(doh).not.toHaveBeenCalled();
    expect(await handle({ type: "dns-txt", name: "s1._domainkey.digicert.com" })).toEqual({
      ok: false,
      error: "cloudflare-dns.com answered HTTP 503",
    });
  });
});
