import { describe, expect, it } from "vitest";
import { api } from "../../test/accounts";
import { demoEmails } from "../../test/demo-emails";
import { createKestrelAccount, postNotice } from "../../test/kestrel";

interface Vendor {
  vendor: string;
  notices: number;
  misleading: number;
  spoofed: number;
  impersonations: number;
  firstNoticeAt: string;
  lastNoticeAt: string;
  letLapse: {
    commonName: string;
    notices: number;
    noticesAfterIntent: number;
    misleading: number;
    daysMailingAfterExpiry: number;
    intentSetAt: string | null;
  }[];
}

async function vendorsOf(token: string): Promise<Vendor[]> {
  const res = await api("/api/vendors", { token });
  expect(res.status).toBe(200);
  return ((await res.json()) as { vendors: Vendor[] }).vendors;
}

describe("GET /api/vendors", () => {
  it("counts notices and misleading ones per vendor, and how long each kept mailing about let-lapse certificates", async () => {
    const account = await createKestrelAccount();
    for (const [, raw] of demoEmails) expect((await postNotice(account, raw)).status).toBe(201);
    const vendors = await vendorsOf(account.token);
    const byName = Object.fromEntries(vendors.map((v) => [v.vendor, v]));

    expect(vendors.reduce((sum, v) => sum + v.notices, 0)).toBe(demoEmails.length);
    expect(vendors.reduce((sum, v) => sum + v.impersonations, 0)).toBe(1);
    expect(byName.GoDaddy).toMatchObject({
      notices: 3,
      misleading: 2,
      firstNoticeAt: "2026-03-06T22:10:00.000Z",
      lastNoticeAt: "2026-05-02T16:05:33.000Z",
    });
    // Lyon expired on 2026-03-20 and was let lapse when recorded: every notice counts, the last one 43 days after expiry.
    expect(byName.GoDaddy.letLapse).toEqual([
      expect.objectContaining({
        commonName: "lyon.kestrel-logistics.com",
        notices: 3,
        noticesAfterIntent: 3,
        misleading: 2,
        daysMailingAfterExpiry: 43,
        intentSetAt: null,
      }),
    ]);
    const psw = vendors.find((v) => v.letLapse.some((l) => l.commonName === "kestrel-logistik.de"));
    expect(psw?.letLapse[0]).toMatchObject({ notices: 3, misleading: 2, daysMailingAfterExpiry: 54 });
    // The look-alike is counted against the domain it came from, not against Sectigo.
    expect(vendors.filter((v) => v.spoofed > 0)).toEqual([
      expect.objectContaining({ vendor: "sectigo-billing.com", notices: 1, misleading: 1, letLapse: [] }),
    ]);
    // Sectigo sent nothing itself: its row only counts the impersonation, apart from its notices.
    expect(byName.Sectigo).toMatchObject({ notices: 0, misleading: 0, spoofed: 0, impersonations: 1, letLapse: [] });
  });

  it("counts only notices after the intent changed to let-lapse", async () => {
    const account = await createKestrelAccount();
    for (const [name, raw] of demoEmails) if (name.includes("godaddy")) await postNotice(account, raw);
    await api(`/api/certificates/${account.ids.k04}`, {
      method: "PATCH",
      token: account.token,
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ intent: "renew" }),
    });
    await api(`/api/certificates/${account.ids.k04}`, {
      method: "PATCH",
      token: account.token,
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ intent: "let-lapse", intentReason: "Depot closed" }),
    });
    const [godaddy] = await vendorsOf(account.token);
    // The intent was set just now, after every notice.
    expect(godaddy.letLapse[0]).toMatchObject({ notices: 3, noticesAfterIntent: 0 });
    expect(godaddy.letLapse[0].intentSetAt).not.toBeNull();
  });

  it("is empty for an account without notices, and needs a token", async () => {
    const account = await createKestrelAccount();
    expect(await vendorsOf(account.token)).toEqual([]);
    expect((await api("/api/vendors")).status).toBe(401);
  });
});
