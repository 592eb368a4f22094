import { describe, expect, it } from "vitest";
import { api, createTestAccount } from "../../test/accounts";

describe("/api/inbound-addresses", () => {
  it("creates unguessable addresses on the configured domain, lists and deletes them", async () => {
    const account = await createTestAccount();
    const other = await createTestAccount("Other BV");
    const created = await api("/api/inbound-addresses", { method: "POST", token: account.token });
    expect(created.status).toBe(201);
    const { inboundAddress } = (await created.json()) as { inboundAddress: { address: string; createdAt: string } };
    expect(inboundAddress.address).toMatch(/^notices\+[a-z2-7]{16}@certitude\.example$/);

    const listed = await api("/api/inbound-addresses", { token: account.token });
    expect(await listed.json()).toEqual({ inboundAddresses: [inboundAddress] });
    expect(await (await api("/api/inbound-addresses", { token: other.token })).json()).toEqual({
      inboundAddresses: [],
    });

    const path = `/api/inbound-addresses/${encodeURIComponent(inboundAddress.address)}`;
    expect((await api(path, { method: "DELETE", token: other.token })).status).toBe(404);
    expect((await api(path, { method: "DELETE", token: account.token })).status).toBe(204);
    expect(await (await api("/api/inbound-addresses", { token: account.token })).json()).toEqual({
      inboundAddresses: [],
    });
  });
});
