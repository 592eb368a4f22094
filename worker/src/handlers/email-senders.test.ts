import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import strato from "../../../test/fixtures/emails/sender-impersonation-strato.eml?raw";
import { api } from "../../test/accounts";
import { makeWorkerDkimKey, signWithDkim, type WorkerDkimKey } from "../../test/dkim-signer";
import { deliverEmail, inboundAddressOf } from "../../test/email-routing";
import { createKestrelAccount, type KestrelAccount } from "../../test/kestrel";
import { dohServer } from "../../test/peers/doh-server";
import { routeFetchToPeers } from "../../test/peers/network";

// Sent straight to the inbound address: no receiving server of the account wrote any verdict.
const DIGICERT_NOTICE = [
  "From: DigiCert <no-reply@digicert.com>",
  "To: notices@certitude.example",
  "Subject: Your certificate expires in 30 days",
  "Date: Sun, 15 Nov 2026 07:30:02 +0000",
  "Message-ID: <%ID%@digicert.com>",
  "MIME-Version: 1.0",
  "Content-Type: text/plain; charset=utf-8",
  "",
  "Your certificate for www.kestrel-logistics.com expires in 30 days, on December 15, 2026.",
  "",
  "DigiCert",
  "",
].join("\r\n");

const notice = (id: string) => DIGICERT_NOTICE.replace("%ID%", id);

const FORWARD_TO = "certificates@kestrel-logistics.com";
const inboundAddress = (account: KestrelAccount) => inboundAddressOf(account, FORWARD_TO);
const deliver = (raw: string, to: string, from = "bounces@mailer.example") => deliverEmail(raw, to, from);

interface StoredSender {
  verification: string;
  verifiedBy: string | null;
  envelopeFrom: string | null;
  replyTo: { address: string } | null;
  dkim: { domain: string; result: string }[];
}

async function lastNotice(account: KestrelAccount) {
  const list = (await (await api("/api/notices", { token: account.token })).json()) as { notices: { id: string }[] };
  const res = await api(`/api/notices/${list.notices[0].id}`, { token: account.token });
  return (await res.json()) as {
    notice: { spoofed: boolean; assessment: { sender: StoredSender; spoofReasons: { code: string }[] } };
  };
}

let key: WorkerDkimKey;
beforeAll(async () => {
  key = await makeWorkerDkimKey();
});
afterEach(() => vi.restoreAllMocks());

describe("email(): who sent it", () => {
  it("forwards a vendor's mail that nothing verifies as unverified, never honest", async () => {
    routeFetchToPeers({ "cloudflare-dns.com": dohServer({}).handler });
    const account = await createKestrelAccount();
    const recorded = await deliver(notice("unsigned"), await inboundAddress(account));
    expect(recorded.forwarded).toEqual([
      { to: "certificates@kestrel-logistics.com", headers: { "x-certitude-verdict": "unverified; kind=expiry" } },
    ]);
  });

  it("verifies the DKIM signature over DNS-over-HTTPS, caches the key, and forwards the mail as honest", async () => {
    const doh = dohServer({ "s1._domainkey.digicert.com": [key.record] });
    routeFetchToPeers({ "cloudflare-dns.com": doh.handler });
    const account = await createKestrelAccount();
    const address = await inboundAddress(account);
    const first = await deliver(
      await signWithDkim(notice("signed-1"), "digicert.com", "s1", key),
      address,
      "bounce@mail.digicert.com",
    );
    expect(first.forwarded).toEqual([
      { to: "certificates@kestrel-logistics.com", headers: { "x-certitude-verdict": "honest; kind=expiry" } },
    ]);
    const { sender } = (await lastNotice(account)).notice.assessment;
    expect(sender).toMatchObject({
      verification: "authenticated",
      verifiedBy: "dkim-signature d=digicert.com",
      envelopeFrom: "bounce@mail.digicert.com",
    });
    await deliver(await signWithDkim(notice("signed-2"), "digicert.com", "s1", key), address);
    expect(doh.asked).toEqual(["s1._domainkey.digicert.com"]);
  });

  it("does not believe a signature broken in transit, nor one whose key is not published", async () => {
    routeFetchToPeers({ "cloudflare-dns.com": dohServer({ "s1._domainkey.digicert.com": [key.record] }).handler });
    const account = await createKestrelAccount();
    const address = await inboundAddress(account);
    const signed = await signWithDkim(notice("tampered"), "digicert.com", "s1", key);
    const tampered = signed.replace("expires in 30 days,", "expires in 3 days,");
    expect((await deliver(tampered, address)).forwarded[0].headers["x-certitude-verdict"]).toBe(
      "unverified; kind=expiry",
    );
    expect((await lastNotice(account)).notice.assessment.sender.dkim).toMatchObject([
      { domain: "digicert.com", result: "fail" },
    ]);
    const unknownKey = await signWithDkim(notice("unknown-key"), "digicert.com", "s9", key);
    expect((await deliver(unknownKey, address)).forwarded[0].headers["x-certitude-verdict"]).toBe(
      "unverified; kind=expiry",
    );
  });

  it("authenticates a forwarded original (message/rfc822) by its own verified signature", async () => {
    routeFetchToPeers({ "cloudflare-dns.com": dohServer({ "s1._domainkey.digicert.com": [key.record] }).handler });
    const account = await createKestrelAccount();
    const original = await signWithDkim(notice("attached"), "digicert.com", "s1", key);
    const forward = [
      "From: Anna de Boer <anna@kestrel-logistics.com>",
      "To: notices@certitude.example",
      "Subject: Fwd: Your certificate expires in 30 days",
      "Date: Sun, 15 Nov 2026 09:00:00 +0000",
      "Message-ID: <fwd-attached@kestrel-logistics.com>",
      "MIME-Version: 1.0",
      'Content-Type: multipart/mixed; boundary="b1"',
      "",
      "--b1",
      "Content-Type: text/plain; charset=utf-8",
      "",
      "See the attached notice.",
      "--b1",
      "Content-Type: message/rfc822",
      "",
      original,
      "--b1--",
      "",
    ].join("\r\n");
    const recorded = await deliver(forward, await inboundAddress(account));
    expect(recorded.forwarded[0].headers["x-certitude-verdict"]).toBe("honest; kind=expiry");
  });

  it("believes Authentication-Results below the topmost one only from authserv-ids the account trusts", async () => {
    routeFetchToPeers({ "cloudflare-dns.com": dohServer({}).handler });
    const account = await createKestrelAccount();
    const address = await inboundAddress(account);
    const headers =
      "Authentication-Results: mx.cloudflare.net; none\r\nAuthentication-Results: gw.kestrel-logistics.com; dmarc=pass header.from=digicert.com\r\n";
    expect((await deliver(headers + notice("gateway-1"), address)).forwarded[0].headers["x-certitude-verdict"]).toBe(
      "unverified; kind=expiry",
    );
    const settings = {
      forwardTo: "certificates@kestrel-logistics.com",
      trustedAuthservIds: ["gw.kestrel-logistics.com"],
    };
    await api("/api/settings", {
      method: "PUT",
      token: account.token,
      headers: { "content-type": "application/json" },
      body: JSON.stringify(settings),
    });
    expect((await deliver(headers + notice("gateway-2"), address)).forwarded[0].headers["x-certitude-verdict"]).toBe(
      "honest; kind=expiry",
    );
  });

  it("holds an impersonation on the timeline with its reasons and the envelope sender, and never forwards it", async () => {
    routeFetchToPeers({ "cloudflare-dns.com": dohServer({}).handler });
    const account = await createKestrelAccount();
    const recorded = await deliver(strato, await inboundAddress(account), "service@kabriaa.me");
    expect(recorded.forwarded).toEqual([]);
    const { notice: stored } = await lastNotice(account);
    expect(stored.spoofed).toBe(true);
    expect(stored.assessment.spoofReasons.map((r) => r.code)).toEqual(["impersonation", "reply-to-elsewhere"]);
    expect(stored.assessment.sender).toMatchObject({
      verification: "forged",
      envelopeFrom: "service@kabriaa.me",
      replyTo: { address: "kundenservice@strato-hilfe.example" },
    });
  });
});
