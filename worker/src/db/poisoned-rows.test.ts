import { env } from "cloudflare:workers";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { api } from "../../test/accounts";
import { demoEmails } from "../../test/demo-emails";
import { createKestrelAccount, type KestrelAccount, postNotice } from "../../test/kestrel";
import { enqueueAlert } from "../alerts/enqueue";
import { runDaily } from "../../test/queues";
import { QUEUES } from "../queues/messages";
import { addTimelineEvent } from "./timeline-events";

const json = { "content-type": "application/json" };

beforeEach(() => {
  vi.spyOn(globalThis, "fetch").mockRejectedValue(new TypeError("network is unreachable in tests"));
  vi.spyOn(console, "error").mockImplementation(() => undefined);
  vi.spyOn(console, "warn").mockImplementation(() => undefined);
});
afterEach(() => vi.restoreAllMocks());

/** An account with a row in every table that holds JSON, then every JSON column of it broken in D1. */
async function poisonedAccount(): Promise<{ account: KestrelAccount; noticeId: string }> {
  const account = await createKestrelAccount();
  for (const [, raw] of demoEmails) await postNotice(account, raw);
  await api("/api/settings", {
    method: "PUT",
    token: account.token,
    headers: json,
    body: JSON.stringify({ expiryThresholds: [30, 7] }),
  });
  await addTimelineEvent(env.DB, {
    accountId: account.id,
    certificateId: account.ids.k01,
    occurredAt: "2026-11-20T10:00:00Z",
    type: "note",
    summary: "A note",
  });
  await enqueueAlert(env.DB, {
    accountId: account.id,
    certificateId: account.ids.k04,
    type: "expiry-reminder",
    dedupeKey: `poisoned:${account.id}`,
    title: "An alert",
    message: "An alert",
    data: {},
    createdAt: "2026-11-20T10:00:00Z",
  });
  const notice = await env.DB.prepare(
    "SELECT id FROM notices WHERE account_id = ?1 AND certificate_id IS NOT NULL LIMIT 1",
  )
    .bind(account.id)
    .first<{ id: string }>();
  await env.DB.batch([
    env.DB.prepare(
      `UPDATE certificates SET sans = 'not json', ip_addresses = '[', order_numbers = '{"a":', ocsp_urls = 'x', ca_issuers_urls = '',
         crl_urls = '[1,' WHERE account_id = ?1`,
    ).bind(account.id),
    env.DB.prepare("UPDATE account_settings SET expiry_thresholds = '[' WHERE account_id = ?1").bind(account.id),
    env.DB.prepare("UPDATE timeline_events SET data = 'not json' WHERE account_id = ?1").bind(account.id),
    env.DB.prepare("UPDATE alerts SET data = '{' WHERE account_id = ?1").bind(account.id),
    env.DB.prepare("UPDATE notices SET assessment = 'not json' WHERE account_id = ?1").bind(account.id),
  ]);
  return { account, noticeId: notice?.id as string };
}

describe("rows with unreadable JSON columns (e.g. from an old import)", () => {
  it("do not make any of the account's routes answer 500", async () => {
    const { account, noticeId } = await poisonedAccount();
    const cert = account.ids.k04;
    const requests: [string, string, RequestInit?][] = [
      ["GET", "/api/accounts/me"],
      ["GET", "/api/certificates"],
      ["GET", `/api/certificates/${cert}`],
      ["GET", `/api/certificates/${cert}?include=pem`],
      ["GET", `/api/certificates/${cert}/history`],
      ["GET", `/api/certificates/${cert}/timeline`],
      ["GET", `/api/certificates/${cert}/revocation-checks`],
      ["PATCH", `/api/certificates/${cert}`, { headers: json, body: JSON.stringify({ notes: "still here" }) }],
      ["POST", `/api/certificates/${cert}/revocation-check`],
      ["GET", "/api/notices"],
      ["GET", `/api/notices/${noticeId}`],
      ["GET", `/api/notices/${noticeId}/reply`],
      ["POST", "/api/classify", { headers: { "content-type": "message/rfc822" }, body: demoEmails[0][1] }],
      ["GET", "/api/settings"],
      ["GET", "/api/vendors"],
      ["GET", "/api/alerts"],
      ["GET", "/api/inbound-addresses"],
      ["GET", "/api/export"],
      ["GET", "/api/tokens"],
    ];
    const failing: string[] = [];
    for (const [method, path, init] of requests) {
      const res = await api(path, { method, token: account.token, ...init });
      if (res.status >= 500) failing.push(`${method} ${path}`);
    }
    expect(failing).toEqual([]);
  });

  it("are read as empty or default values", async () => {
    const { account, noticeId } = await poisonedAccount();
    const cert = (await (await api(`/api/certificates/${account.ids.k04}`, { token: account.token })).json()) as {
      certificate: Record<string, unknown>;
    };
    expect(cert.certificate).toMatchObject({
      sans: [],
      ipAddresses: [],
      orderNumbers: [],
      ocspUrls: [],
      caIssuersUrls: [],
      crlUrls: [],
    });
    const settings = (await (await api("/api/settings", { token: account.token })).json()) as {
      expiryThresholds: number[];
    };
    expect(settings.expiryThresholds).toEqual([30, 14, 7, 3, 1]);
    const notice = (await (await api(`/api/notices/${noticeId}`, { token: account.token })).json()) as {
      notice: { assessment: { claims: unknown[]; reasons: { code: string }[] } };
    };
    expect(notice.notice.assessment.claims).toEqual([]);
    expect(notice.notice.assessment.reasons.map((r) => r.code)).toEqual(["assessment-unreadable"]);
  });

  it("do not make the cron throw", async () => {
    await poisonedAccount();
    const log = await runDaily(new Date("2026-12-02T06:00:00Z"));
    // Every account run succeeded the first time: nothing was retried.
    expect(log.retries.filter((r) => r.queue === QUEUES.accounts)).toEqual([]);
  });
});
