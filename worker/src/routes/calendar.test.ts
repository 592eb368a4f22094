import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { api, createTestAccount } from "../../test/accounts";
import { addManualRecord } from "../../test/manual-records";
import { hashToken } from "../auth/tokens";

/** Unfolded content lines of an iCalendar text. */
const unfold = (text: string) => text.replace(/\r\n /g, "").split("\r\n");
const events = (text: string) => text.split("BEGIN:VEVENT").slice(1);

async function feedUrl(token: string): Promise<{ id: string; path: string }> {
  const res = await api("/api/calendar/feeds", { method: "POST", token });
  expect(res.status).toBe(201);
  const body = (await res.json()) as { feed: { id: string }; url: string };
  expect(body.url).toMatch(/^http:\/\/localhost\/api\/calendar\/cal_[A-Za-z0-9_-]{43}\.ics$/);
  return { id: body.feed.id, path: new URL(body.url).pathname };
}

describe("/api/calendar.ics", () => {
  it("has one event per certificate expiry, with reminders by intent at the account's thresholds", async () => {
    const account = await createTestAccount();
    await api("/api/settings", {
      method: "PUT",
      token: account.token,
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ expiryThresholds: [21, 7] }),
    });
    await addManualRecord(account, {
      commonName: "shop.example.com",
      sans: ["shop.example.com"],
      notAfter: "2027-03-01",
      intent: "renew",
      vendor: "Example; Trust, Inc.",
    });
    await addManualRecord(account, {
      commonName: "old.example.com",
      sans: ["old.example.com"],
      notAfter: "2027-01-10",
      intent: "let-lapse",
    });
    await addManualRecord(account, {
      commonName: "new.example.com",
      sans: ["new.example.com"],
      notAfter: "2027-05-20",
      intent: "undecided",
    });

    const res = await api("/api/calendar.ics", { token: account.token });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const text = await res.text();
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/\n/);
    const [old, shop, fresh] = events(text).map(unfold);
    expect(old).toContain("SUMMARY:Certificate expires: old.example.com");
    expect(old).toContain("DTSTART;VALUE=DATE:20270110");
    expect(old.filter((l) => l.startsWith("TRIGGER"))).toEqual([]);
    expect(shop).toContain("DTEND;VALUE=DATE:20270302");
    expect(shop.filter((l) => l.startsWith("TRIGGER"))).toEqual(["TRIGGER:-P21D", "TRIGGER:-P7D"]);
    expect(shop.find((l) => l.startsWith("DESCRIPTION:Intent"))).toContain("Vendor: Example\\; Trust\\, Inc.");
    expect(fresh.filter((l) => l.startsWith("TRIGGER"))).toEqual(["TRIGGER:-P45D", "TRIGGER:-P14D"]);
    expect((await api("/api/calendar.ics")).status).toBe(401);
  });

  it("serves a secret feed without a token until it is revoked, storing only the secret's hash", async () => {
    const account = await createTestAccount();
    const other = await createTestAccount("Other BV");
    await addManualRecord(account, {
      commonName: "shop.example.com",
      sans: ["shop.example.com"],
      notAfter: "2027-03-01",
      intent: "renew",
    });
    const feed = await feedUrl(account.token);

    const secret = feed.path.match(/(cal_[^/]+)\.ics$/)![1];
    const stored = await env.DB.prepare("SELECT secret_hash AS hash FROM calendar_feeds WHERE id = ?1")
      .bind(feed.id)
      .first<{ hash: string }>();
    expect(stored?.hash).toBe(await hashToken(secret));

    const subscribed = await api(feed.path);
    expect(subscribed.status).toBe(200);
    expect(await subscribed.text()).toContain("SUMMARY:Certificate expires: shop.example.com");
    expect((await api(feed.path.replace(/.{6}\.ics$/, "AAAAAA.ics"))).status).toBe(404);

    const listed = (await (await api("/api/calendar/feeds", { token: account.token })).json()) as {
      feeds: Record<string, unknown>[];
    };
    expect(listed.feeds).toEqual([{ id: feed.id, createdAt: expect.any(String), revokedAt: null }]);
    expect(JSON.stringify(await (await api("/api/export", { token: account.token })).json())).not.toContain(
      "calendar_feeds",
    );

    expect((await api(`/api/calendar/feeds/${feed.id}`, { method: "DELETE", token: other.token })).status).toBe(404);
    expect((await api(`/api/calendar/feeds/${feed.id}`, { method: "DELETE", token: account.token })).status).toBe(200);
    const revoked = await api(feed.path);
    expect(revoked.status).toBe(404);
    expect(((await revoked.json()) as { error: { code: string } }).error.code).toBe("not_found");
  });
});
