import { afterEach, expect, it, vi } from "vitest";
import { REMINDER_LINK, reminderAlert, testContext } from "../../../test/alert-fixture";
import { discordReceiver } from "../../../test/peers/alert-receivers";
import { routeFetchToPeers } from "../../../test/peers/network";
import { discord } from "./discord";

afterEach(() => vi.restoreAllMocks());

it("posts embeds within Discord's limits, with mentions disabled", async () => {
  const receiver = discordReceiver();
  routeFetchToPeers({ "discord.example": receiver });
  const long = reminderAlert({ title: `@everyone ${"x".repeat(400)}`, data: { ...reminderAlert().data, daysLeft: 0 } });
  const outcome = await discord.send(
    { id: "discord", type: "discord", enabled: true, url: "https://discord.example/api/webhooks/1/tok" },
    [reminderAlert(), long],
    testContext(),
  );
  expect(outcome).toEqual({ ok: true, status: 204 });
  const body = receiver.received[0].body as { allowed_mentions: unknown; embeds: Record<string, unknown>[] };
  expect(body.allowed_mentions).toEqual({ parse: [] });
  expect(body.embeds[0]).toMatchObject({
    title: "www.kestrel-logistics.com expires in 14 days (2026-12-15)",
    url: REMINDER_LINK,
    fields: [
      { name: "Days left", value: "14", inline: true },
      { name: "Expires", value: "2026-12-15", inline: true },
      { name: "Intent", value: "renew", inline: true },
    ],
  });
  expect(String(body.embeds[1].title)).toHaveLength(256);
  expect(body.embeds[1].fields).toContainEqual({ name: "Days left", value: "0 (expires today)", inline: true });
});
