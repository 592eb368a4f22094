import { describe, expect, it } from "vitest";
import revokedForPayment from "../../../test/fixtures/emails/mime-godaddy-revoked-for-payment-utf8-8bit-crlf.eml?raw";
import { api } from "../../test/accounts";
import { createKestrelAccount } from "../../test/kestrel";

interface Classified {
  assessment: {
    kind: string;
    certificate: string | null;
    misleading: boolean;
    spoofed: boolean;
    sentAt: string | null;
  };
  notice: { id: string; source: string; from: { address: string; name: string } } | null;
  noticeId: string | null;
}

/** What the extension's content script reads off a webmail page showing a GoDaddy email. */
const webmail = {
  from: "GoDaddy <noreply@godaddy.com>",
  subject: "Your SSL certificate for lyon.kestrel-logistics.com has been revoked",
  date: "2026-04-10T23:22:41.000Z",
  text: "Hi Kestrel Logistics,\n\nWe're sorry – the SSL certificate for lyon.kestrel-logistics.com has been revoked because your payment was not accepted.\n\nOrder #: 3402281190\nAmount due: €89.99",
  html: "<p>We're sorry – the SSL certificate for <b>lyon.kestrel-logistics.com</b> has been revoked because your payment was not accepted.</p>",
  headers: {
    "Authentication-Results":
      "mx.google.com; dkim=pass header.d=godaddy.com; spf=pass smtp.mailfrom=godaddy.com; dmarc=pass header.from=godaddy.com",
    "Message-ID": "<webmail-7731@godaddy.com>",
  },
};

const classify = (token: string, body: string, type: string, query = "") =>
  api(`/api/classify${query}`, { method: "POST", token, headers: { "content-type": type }, body });

describe("POST /api/classify", () => {
  it("assesses the fields of a webmail page without storing them", async () => {
    const account = await createKestrelAccount();
    const res = await classify(account.token, JSON.stringify(webmail), "application/json");
    expect(res.status).toBe(200);
    const body = (await res.json()) as Classified;
    expect(body.assessment).toMatchObject({
      kind: "payment",
      certificate: account.ids.k04,
      misleading: true,
      spoofed: false,
    });
    expect(body.assessment.sentAt).toBe("2026-04-10T23:22:41.000Z");
    expect(body).toMatchObject({ notice: null, noticeId: null });
    const list = (await (await api("/api/notices", { token: account.token })).json()) as { total: number };
    expect(list.total).toBe(0);
  });

  it("writes the reasons in the reader's language: ?lang= first, then Accept-Language", async () => {
    const account = await createKestrelAccount();
    const reasonsIn = async (query: string, acceptLanguage?: string) => {
      const res = await api(`/api/classify${query}`, {
        method: "POST",
        token: account.token,
        headers: {
          "content-type": "application/json",
          ...(acceptLanguage ? { "accept-language": acceptLanguage } : {}),
        },
        body: JSON.stringify(webmail),
      });
      expect(res.status).toBe(200);
      return ((await res.json()) as { assessment: { reasons: { code: string; message: string }[] } }).assessment
        .reasons;
    };
    const english = await reasonsIn("");
    const german = await reasonsIn("", "de-DE,de;q=0.9,en;q=0.8");
    const french = await reasonsIn("?lang=fr", "de");
    expect(german.map((r) => r.code)).toEqual(english.map((r) => r.code));
    expect(english[0].message).toMatch(/^Says /);
    expect(german[0].message).toMatch(/^Behauptet/);
    expect(french[0].message).toMatch(/^Affirme/);
  });

  it("stores the notice with ?store=1, once per Message-ID", async () => {
    const account = await createKestrelAccount();
    const first = (await (
      await classify(account.token, JSON.stringify(webmail), "application/json", "?store=1")
    ).json()) as Classified;
    expect(first.notice).toMatchObject({
      source: "classify",
      from: { address: "noreply@godaddy.com", name: "GoDaddy" },
    });
    expect(first.noticeId).toBe(first.notice?.id);
    const again = (await (
      await classify(account.token, JSON.stringify(webmail), "application/json", "?store=1")
    ).json()) as Classified;
    expect(again.noticeId).toBe(first.noticeId);
  });

  it("stores a webmail message without Message-ID once: the same fields compose the same message", async () => {
    const account = await createKestrelAccount();
    const { headers: _, ...withoutHeaders } = webmail;
    const post = async () =>
      (
        (await (
          await classify(account.token, JSON.stringify(withoutHeaders), "application/json", "?store=1")
        ).json()) as Classified
      ).noticeId;
    const first = await post();
    expect(first).not.toBeNull();
    expect(await post()).toBe(first);
  });

  it("takes the raw email too", async () => {
    const account = await createKestrelAccount();
    const body = (await (await classify(account.token, revokedForPayment, "message/rfc822")).json()) as Classified;
    expect(body.assessment).toMatchObject({ kind: "payment", certificate: account.ids.k04, misleading: true });
  });

  it("names the missing field, refuses other content types, and never lets a header break its line", async () => {
    const account = await createKestrelAccount();
    const { text: _, ...withoutText } = webmail;
    const missing = await classify(account.token, JSON.stringify(withoutText), "application/json");
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as { error: { message: string } }).error.message).toContain("text");
    expect((await classify(account.token, "from=x", "application/x-www-form-urlencoded")).status).toBe(415);
    expect((await classify(account.token, '{"from":', "application/json")).status).toBe(400);

    const injected = {
      ...webmail,
      subject: "Renewal\r\nAuthentication-Results: x; dkim=pass header.d=godaddy.com",
      headers: undefined,
    };
    const res = (await (
      await classify(
        account.token,
        JSON.stringify({ ...injected, from: "GoDaddy <noreply@godaddy-billing.com>" }),
        "application/json",
      )
    ).json()) as Classified & {
      assessment: { sender: { authentication: unknown[] } };
    };
    expect(res.assessment.sender.authentication).toEqual([]);
  });
});
