import { describe, expect, it } from "vitest";
import expired from "../../../test/fixtures/emails/mime-rapidssl-expired-us-ascii-7bit.eml?raw";
import revokedForPayment from "../../../test/fixtures/emails/mime-godaddy-revoked-for-payment-utf8-8bit-crlf.eml?raw";
import lookalike from "../../../test/fixtures/emails/mime-sectigo-lookalike-arc-only.eml?raw";
import { api } from "../../test/accounts";
import { createKestrelAccount, postNotice } from "../../test/kestrel";

interface Stored {
  notice: {
    id: string;
    datedAt: string;
    messageId: string;
    receivedAt: string;
    certificateId: string | null;
    misleading: boolean;
    spoofed: boolean;
    vendor: string;
    textPreview: string;
    rawStored: boolean;
  };
  assessment: { kind: string; certificate: string | null; misleading: boolean; reasons: { code: string }[] };
}

describe("POST /api/notices", () => {
  it("assesses a raw email against the account's certificates, stores it, and answers 201", async () => {
    const account = await createKestrelAccount();
    const res = await postNotice(account, revokedForPayment);
    expect(res.status).toBe(201);
    const body = (await res.json()) as Stored;
    expect(body.assessment).toMatchObject({ kind: "payment", certificate: account.ids.k04, misleading: true });
    expect(body.notice).toMatchObject({
      messageId: "<ffd9e1a9b2d266cb.a7ae5f18@godaddy.com>",
      certificateId: account.ids.k04,
      misleading: true,
      spoofed: false,
      vendor: "GoDaddy",
      rawStored: true,
    });
    expect(body.notice.textPreview).toContain("has been revoked because your payment was not accepted");
    expect(Date.parse(body.notice.receivedAt)).toBeGreaterThan(Date.now() - 60_000);
  });

  it("answers a second upload of the same Message-ID with 200 and the stored notice, without a duplicate", async () => {
    const account = await createKestrelAccount();
    const first = (await (await postNotice(account, expired)).json()) as Stored;
    const again = await postNotice(account, expired.replace("\r\n\r\n", "\r\nX-Resent: yes\r\n\r\n"));
    expect(again.status).toBe(200);
    expect(((await again.json()) as Stored).notice.id).toBe(first.notice.id);
    const list = (await (await api("/api/notices", { token: account.token })).json()) as { total: number };
    expect(list.total).toBe(1);
    const other = await createKestrelAccount("Other BV");
    expect((await postNotice(other, expired)).status).toBe(201);
  });

  it("refuses other content types, empty bodies and missing tokens with JSON errors", async () => {
    const account = await createKestrelAccount();
    const asJson = await api("/api/notices", {
      method: "POST",
      token: account.token,
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    expect(asJson.status).toBe(415);
    expect(await asJson.json()).toMatchObject({ error: { code: "unsupported_media_type" } });
    const empty = await postNotice(account, "");
    expect(empty.status).toBe(400);
    expect(await empty.json()).toMatchObject({ error: { code: "empty_email" } });
    const anonymous = await api("/api/notices", {
      method: "POST",
      headers: { "content-type": "message/rfc822" },
      body: expired,
    });
    expect(anonymous.status).toBe(401);
  });

  it("takes bodies over the 1 MB JSON limit and keeps the raw message only up to 1 MB", async () => {
    const account = await createKestrelAccount();
    const big = expired.replace(
      /\r?\n\r?\n/,
      (sep) => `${sep}${"Kestrel keeps every notice on file. ".repeat(40_000)}\n`,
    );
    const res = await postNotice(account, big.replace(/^Message-ID:.*$/im, "Message-ID: <big-1@rapidssl.com>"));
    expect(res.status).toBe(201);
    const body = (await res.json()) as Stored & { notice: { rawSize: number } };
    expect(body.notice.rawSize).toBeGreaterThan(1024 * 1024);
    expect(body.notice.rawStored).toBe(false);
    expect(body.notice.textPreview.length).toBeLessThanOrEqual(2001);
  });
});

describe("GET /api/notices", () => {
  it("filters by certificate, vendor, kind, misleading, spoofed and date, and pages", async () => {
    const account = await createKestrelAccount();
    for (const raw of [revokedForPayment, expired, lookalike])
      expect((await postNotice(account, raw)).status).toBe(201);
    const list = async (query: string) =>
      (await (await api(`/api/notices${query}`, { token: account.token })).json()) as {
        notices: Stored["notice"][];
        total: number;
      };

    const all = (await list("")).notices as (Stored["notice"] & { kind: string })[];
    expect(all).toHaveLength(3);
    const ids = (notices: Stored["notice"][]) => notices.map((n) => n.id).sort();
    const expectFilter = async (query: string, keep: (n: (typeof all)[number]) => boolean) => {
      const expected = ids(all.filter(keep));
      expect(expected.length, query).toBeGreaterThan(0);
      expect(expected.length, query).toBeLessThan(3);
      expect(ids((await list(query)).notices), query).toEqual(expected);
    };
    await expectFilter(`?certificate=${account.ids.k04}`, (n) => n.certificateId === account.ids.k04);
    await expectFilter("?vendor=godaddy", (n) => n.vendor === "GoDaddy");
    await expectFilter("?kind=expiry", (n) => n.kind === "expiry");
    await expectFilter("?misleading=true", (n) => n.misleading);
    await expectFilter("?misleading=false", (n) => !n.misleading);
    await expectFilter("?spoofed=1", (n) => n.spoofed);
    await expectFilter(
      "?since=2026-04-01&until=2026-04-30",
      (n) => n.datedAt >= "2026-04-01" && n.datedAt < "2026-04-30",
    );
    expect((await list("?since=2100-01-01")).total).toBe(0);
    expect((await list("?until=2000-01-01")).total).toBe(0);
    const page = await list("?limit=2&offset=2");
    expect(page.notices).toHaveLength(1);
    expect(page.total).toBe(3);

    const bad = await api("/api/notices?kind=spam&limit=0", { token: account.token });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toMatch(/kind|limit/);
    for (const query of ["since=2026-13-01", "until=2026-02-30", "since=2026-04-01T10:00:00"]) {
      const res = await api(`/api/notices?${query}`, { token: account.token });
      expect(res.status, query).toBe(400);
      expect(((await res.json()) as { error: { message: string } }).error.message, query).toContain(
        "Expected an ISO date",
      );
    }
  });

  it("shows one notice with its full assessment, and 404 for another account's", async () => {
    const account = await createKestrelAccount();
    const stored = (await (await postNotice(account, revokedForPayment)).json()) as Stored;
    const res = await api(`/api/notices/${stored.notice.id}`, { token: account.token });
    const { notice } = (await res.json()) as { notice: Stored["notice"] & { assessment: Stored["assessment"] } };
    expect(notice.assessment.reasons.length).toBeGreaterThan(0);
    expect(notice.textPreview).toContain("Amount due");
    const other = await createKestrelAccount("Other BV");
    expect((await api(`/api/notices/${stored.notice.id}`, { token: other.token })).status).toBe(404);
  });
});
