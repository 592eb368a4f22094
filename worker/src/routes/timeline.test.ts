import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import revokedForPayment from "../../../test/fixtures/emails/mime-godaddy-revoked-for-payment-utf8-8bit-crlf.eml?raw";
import { api } from "../../test/accounts";
import { createKestrelAccount, postNotice } from "../../test/kestrel";
import { addTimelineEvent } from "../db/timeline-events";

interface Entry {
  at: string;
  type: string;
  source: string;
  summary: string;
  data: Record<string, unknown>;
}

describe("GET /api/certificates/:id/timeline", () => {
  it("merges status events, intent changes, notices and stored events, oldest first", async () => {
    const account = await createKestrelAccount();
    const lyon = account.ids.k04;
    const notice = (await (await postNotice(account, revokedForPayment)).json()) as { notice: { id: string } };
    await addTimelineEvent(env.DB, {
      accountId: account.id,
      certificateId: lyon,
      occurredAt: "2026-04-11T08:00:00Z",
      type: "revocation-check",
      summary: "OCSP: not revoked",
      data: { status: "good" },
    });
    const patched = await api(`/api/certificates/${lyon}`, {
      method: "PATCH",
      token: account.token,
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ intent: "undecided", intentReason: "Lyon depot may reopen" }),
    });
    expect(patched.status).toBe(200);

    const res = await api(`/api/certificates/${lyon}/timeline`, { token: account.token });
    expect(res.status).toBe(200);
    const { timeline } = (await res.json()) as { timeline: Entry[] };
    expect(timeline.map((e) => e.type)).toEqual([
      "issued",
      "expired",
      "notice",
      "revocation-check",
      "intent-change",
      "intent-change",
    ]);
    const times = timeline.map((e) => Date.parse(e.at));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(timeline[2]).toMatchObject({
      source: "notice",
      at: "2026-04-10T23:22:41.000Z",
      data: { noticeId: notice.notice.id, misleading: true },
    });
    expect(timeline[2].summary).toContain("(misleading)");
    expect(timeline[4].summary).toMatch(/^Recorded with intent let-lapse/);
    expect(timeline[5].summary).toMatch(/^Intent changed from let-lapse to undecided by .*: Lyon depot may reopen$/);
  });

  it("calls the expiry of a let-lapse certificate a lapse", async () => {
    const account = await createKestrelAccount();
    const res = await api(`/api/certificates/${account.ids.k03}/timeline`, { token: account.token });
    const { timeline } = (await res.json()) as { timeline: Entry[] };
    expect(timeline.find((e) => e.source === "status" && e.type !== "issued")).toMatchObject({
      type: "lapsed",
      at: expect.stringMatching(/^2025-09-10/),
    });
  });

  it("answers 404 for another account's certificate", async () => {
    const account = await createKestrelAccount();
    const other = await createKestrelAccount("Other BV");
    expect((await api(`/api/certificates/${account.ids.k04}/timeline`, { token: other.token })).status).toBe(404);
    expect((await api(`/api/certificates/${account.ids.k04}/timeline`)).status).toBe(401);
  });
});
