import { env } from "cloudflare:workers";
import { createExecutionContext } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import honest from "../../../test/fixtures/emails/mime-rapidssl-expired-us-ascii-7bit.eml?raw";
import misleading from "../../../test/fixtures/emails/mime-godaddy-revoked-for-payment-utf8-8bit-crlf.eml?raw";
import spoofed from "../../../test/fixtures/emails/mime-sectigo-lookalike-arc-only.eml?raw";
import { api } from "../../test/accounts";
import { inboundEmail } from "../../test/email-message";
import { deliverEmail, inboundAddressOf } from "../../test/email-routing";
import { createKestrelAccount, type KestrelAccount } from "../../test/kestrel";
import worker from "../index";

const inboundAddress = inboundAddressOf;
const deliver = deliverEmail;

async function storedNotices(account: KestrelAccount) {
  const res = await api("/api/notices", { token: account.token });
  return (
    (await res.json()) as {
      notices: { source: string; misleading: boolean; spoofed: boolean; certificateId: string }[];
    }
  ).notices;
}

describe("email() handler (Email Routing)", () => {
  it("files mail to an inbound address as a notice of that account", async () => {
    const account = await createKestrelAccount();
    const address = await inboundAddress(account, null);
    const recorded = await deliver(misleading, address.toUpperCase());
    expect(recorded).toEqual({ rejected: [], forwarded: [] });
    expect(await storedNotices(account)).toMatchObject([
      { source: "email", misleading: true, certificateId: account.ids.k04 },
    ]);
  });

  it("rejects unknown recipients and messages over 25 MB", async () => {
    const account = await createKestrelAccount();
    const address = await inboundAddress(account, null);
    expect((await deliver(honest, "notices+unknown@certitude.example")).rejected).toEqual([
      "No Certitude notice address notices+unknown@certitude.example",
    ]);
    const { message, recorded } = inboundEmail(honest, { from: "x@vendor.example", to: address });
    Object.defineProperty(message, "rawSize", { value: 26 * 1024 * 1024 });
    await worker.email(message, env, createExecutionContext());
    expect(recorded.rejected[0]).toMatch(/over the 26214400-byte \(25 MB\) limit/);
    expect(await storedNotices(account)).toEqual([]);
  });

  it("forwards honest notices to the ops mailbox and holds misleading and spoofed ones", async () => {
    const account = await createKestrelAccount();
    const address = await inboundAddress(account, "certificates@kestrel-logistics.com");
    const forwardedHonest = await deliver(honest, address);
    expect(forwardedHonest.forwarded).toEqual([
      { to: "certificates@kestrel-logistics.com", headers: { "x-certitude-verdict": "honest; kind=expiry" } },
    ]);
    expect((await deliver(misleading, address)).forwarded).toEqual([]);
    expect((await deliver(spoofed, address)).forwarded).toEqual([]);
    const notices = await storedNotices(account);
    expect(notices).toHaveLength(3);
    expect(notices.filter((n) => n.misleading || n.spoofed)).toHaveLength(2);
  });

  it("does not forward or store a redelivered message twice", async () => {
    const account = await createKestrelAccount();
    const address = await inboundAddress(account, "certificates@kestrel-logistics.com");
    expect((await deliver(honest, address)).forwarded).toHaveLength(1);
    expect((await deliver(honest, address)).forwarded).toHaveLength(0);
    expect(await storedNotices(account)).toHaveLength(1);
  });
});
