import { describe, expect, it, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { createMessageHandler } from "../background/handlers";
import { backgroundTxtResolver } from "./dkim-keys";

describe("backgroundTxtResolver", () => {
  it("looks DKIM keys up through the background's DNS-over-HTTPS fetch, parts of a record joined", async () => {
    const doh = vi.fn(async (_url: string, _init: RequestInit) =>
      Response.json({ Status: 0, Answer: [{ type: 16, TTL: 300, data: '"v=DKIM1; k=rsa; " "p=MIIBIjAN"' }] }),
    );
    const handle = createMessageHandler(undefined, doh);
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => handle(message));
    expect(await backgroundTxtResolver()("s1._domainkey.digicert.com")).toEqual(["v=DKIM1; k=rsa; p=MIIBIjAN"]);
    expect(doh.mock.calls[0][0]).toBe("https://cloudflare-dns.com/dns-query?name=s1._domainkey.digicert.com&type=TXT");
  });

  it("fails the lookup with the background's reason, which leaves the signature a temperror", async () => {
    const handle = createMessageHandler(undefined, async () => new Response("", { status: 502 }));
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => handle(message));
    await expect(backgroundTxtResolver()("s1._domainkey.digicert.com")).rejects.toThrow(
      "cloudflare-dns.com answered HTTP 502",
    );
  });
});
