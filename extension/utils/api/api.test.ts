import { describe, expect, it, vi } from "vitest";
import { createWorkerClient } from "./api";
import { WorkerError } from "./api-error";
import { explainError } from "../../ui/explain";
import { apiError, certificatePage, json } from "../../test-setup/responses";

const target = { workerUrl: "http://127.0.0.1:8791", token: "ct_live_5f1c0d" };

describe("Worker client", () => {
  it("sends the token and asks for certificates page by page until the total is reached", async () => {
    const template = certificatePage().certificates[0];
    const account = Array.from({ length: 205 }, (_, i) => ({
      ...template,
      id: `cert-${i}`,
      commonName: `host${i}.harborfinch.de`,
    }));
    const fetchMock = vi.fn(async (url: string) => {
      const params = new URL(url).searchParams;
      const offset = Number(params.get("offset"));
      const limit = Number(params.get("limit"));
      return json({ certificates: account.slice(offset, offset + limit), total: account.length });
    });
    const client = createWorkerClient(target, fetchMock as unknown as typeof fetch);
    const certificates = await client.listCertificates();
    expect(certificates.map((c) => c.id)).toEqual(account.map((c) => c.id));
    const calls = fetchMock.mock.calls as unknown as [string, RequestInit][];
    expect(calls.map(([url]) => url)).toEqual([
      "http://127.0.0.1:8791/api/certificates?limit=200&offset=0",
      "http://127.0.0.1:8791/api/certificates?limit=200&offset=200",
    ]);
    expect(new Headers(calls[0][1].headers).get("Authorization")).toBe("Bearer ct_live_5f1c0d");
  });

  it("turns the Worker's error body into a WorkerError with its kind and message", async () => {
    const client = createWorkerClient(target, (async () =>
      apiError(401, "unauthorized", "Unknown API token")) as typeof fetch);
    await expect(client.health()).rejects.toMatchObject({
      kind: "unauthorized",
      message: "Unknown API token",
      status: 401,
    });
  });

  it("keeps a too-small scope (403 forbidden) apart from a refused token, with the Worker's message", async () => {
    const message = "This route needs a token with the write scope; this token has read.";
    const client = createWorkerClient(target, (async () => apiError(403, "forbidden", message)) as typeof fetch);
    await expect(client.storeRawNotice(new Uint8Array(1))).rejects.toMatchObject({
      kind: "rejected",
      code: "forbidden",
      message,
      status: 403,
    });
    expect(explainError(await client.storeRawNotice(new Uint8Array(1)).catch((error) => error))).toBe(message);
  });

  it("reports a network failure as unreachable and a foreign server as not-certitude", async () => {
    const down = createWorkerClient(target, (async () => {
      throw new TypeError("Failed to fetch");
    }) as typeof fetch);
    await expect(down.health()).rejects.toMatchObject({ kind: "unreachable" });

    const nginx = createWorkerClient(
      target,
      (async () => new Response("<html><body>Welcome to nginx!</body></html>", { status: 200 })) as typeof fetch,
    );
    await expect(nginx.health()).rejects.toBeInstanceOf(WorkerError);
    await expect(nginx.health()).rejects.toMatchObject({ kind: "not-certitude" });
  });

  it("gives up on a Worker that does not answer and reports it as unreachable", async () => {
    vi.useFakeTimers();
    const hanging = ((_url: string, init: RequestInit) =>
      new Promise<Response>((_, reject) =>
        init.signal?.addEventListener("abort", () => reject(init.signal?.reason)),
      )) as typeof fetch;
    const answer = createWorkerClient(target, hanging)
      .health()
      .catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(20_000);
    expect(await answer).toMatchObject({ kind: "unreachable" });
    vi.useRealTimers();
  });

  it("reports a missing route as not-found", async () => {
    const client = createWorkerClient(target, (async () =>
      apiError(404, "not_found", "No route GET /api/vendors")) as typeof fetch);
    await expect(client.vendors()).rejects.toMatchObject({ kind: "not-found" });
  });

  it("posts PEM text as application/x-pem-file and PATCHes intent as JSON", async () => {
    const record = certificatePage().certificates[0];
    const fetchMock = vi.fn(async () => json({ certificates: [record], created: 1 }, 201));
    const client = createWorkerClient(target, fetchMock as unknown as typeof fetch);
    const created = await client.importPem("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n");
    expect(created.certificates.map((c) => c.id)).toEqual([record.id]);
    expect(created.created).toBe(1);
    const [, postInit] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(postInit.method).toBe("POST");
    expect(new Headers(postInit.headers).get("Content-Type")).toBe("application/x-pem-file");

    fetchMock.mockResolvedValueOnce(json({ ...record, intent: "let-lapse", intentReason: "Shop moves to Shopify" }));
    const updated = await client.setIntent(record.id, "let-lapse", "Shop moves to Shopify");
    expect(updated.intent).toBe("let-lapse");
    const [url, patchInit] = fetchMock.mock.calls[1] as unknown as [string, RequestInit];
    expect(url).toBe(`http://127.0.0.1:8791/api/certificates/${record.id}`);
    expect(JSON.parse(String(patchInit.body))).toEqual({ intent: "let-lapse", intentReason: "Shop moves to Shopify" });
  });

  it("reads a timeline with its `at` moments, oldest first", async () => {
    const body = {
      certificateId: "c1",
      timeline: [
        {
          at: "2025-12-05T00:00:00.000Z",
          type: "issued",
          source: "status",
          summary: "Certificate for shop.harborfinch.de issued",
          data: {},
        },
        {
          at: "2026-11-19T07:12:00.000Z",
          type: "notice",
          source: "notice",
          summary: "Payment notice from Sectigo (misleading)",
          data: {},
        },
      ],
    };
    const client = createWorkerClient(target, (async () => json(body)) as typeof fetch);
    const events = await client.timeline("c1");
    expect(events.map((e) => [e.occurredAt, e.type])).toEqual([
      ["2025-12-05T00:00:00.000Z", "issued"],
      ["2026-11-19T07:12:00.000Z", "notice"],
    ]);
  });

  it("flattens each vendor's pressure on lapsing certificates into rows", async () => {
    const lapse = {
      certificateId: "c4",
      commonName: "legacy.harborfinch.de",
      notAfter: "2026-10-01T23:59:59Z",
      intentSetAt: null,
      notices: 6,
      noticesAfterIntent: 6,
      misleading: 3,
      lastNoticeAt: "2026-11-18T08:00:00Z",
      daysMailingAfterExpiry: 47,
    };
    const body = {
      vendors: [
        {
          vendor: "PSW GROUP",
          notices: 9,
          misleading: 3,
          spoofed: 0,
          firstNoticeAt: "2026-08-01T08:00:00Z",
          lastNoticeAt: "2026-11-18T08:00:00Z",
          letLapse: [lapse],
        },
        {
          vendor: "Sectigo",
          notices: 2,
          misleading: 0,
          spoofed: 1,
          firstNoticeAt: "2026-11-01T08:00:00Z",
          lastNoticeAt: "2026-11-19T08:00:00Z",
          letLapse: [],
        },
      ],
    };
    const client = createWorkerClient(target, (async () => json(body)) as typeof fetch);
    const { vendors, pressure } = await client.vendors();
    expect(vendors.map((v) => v.vendor)).toEqual(["PSW GROUP", "Sectigo"]);
    expect(pressure).toEqual([{ ...lapse, vendor: "PSW GROUP" }]);
  });

  it("downloads a file with the token and throws the Worker's reason when refused", async () => {
    const fetchMock = vi.fn(async (url: string, init: RequestInit) => {
      expect(new Headers(init.headers).get("authorization")).toBe(`Bearer ${target.token}`);
      return url.endsWith("/api/calendar.ics")
        ? new Response("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", { headers: { "content-type": "text/calendar" } })
        : apiError(403, "forbidden", "This route needs a token with the read scope.");
    });
    const client = createWorkerClient(target, fetchMock as unknown as typeof fetch);
    expect(await (await client.download("api/calendar.ics")).text()).toBe("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
    await expect(client.download("api/certificates.csv")).rejects.toMatchObject({
      kind: "rejected",
      message: "This route needs a token with the read scope.",
    });
  });
});
