import { env } from "cloudflare:workers";
import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import worker from "../src/index";
import { api, type TestAccount } from "./accounts";
import { inboundEmail } from "./email-message";

/** Gives the account an inbound address, first setting its forward address when one is named. */
export async function inboundAddressOf(account: TestAccount, forwardTo: string | null): Promise<string> {
  if (forwardTo) {
    await api("/api/settings", {
      method: "PUT",
      token: account.token,
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ forwardTo }),
    });
  }
  const res = await api("/api/inbound-addresses", { method: "POST", token: account.token });
  return ((await res.json()) as { inboundAddress: { address: string } }).inboundAddress.address;
}

/** Hands a raw message to the Worker's email() handler as Email Routing does; returns what it asked for. */
export async function deliverEmail(raw: string, to: string, from = "bounces@vendor.example") {
  const { message, recorded } = inboundEmail(raw, { from, to });
  const ctx = createExecutionContext();
  await worker.email(message, env, ctx);
  await waitOnExecutionContext(ctx);
  return recorded;
}
