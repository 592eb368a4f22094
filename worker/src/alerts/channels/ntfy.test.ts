import { afterEach, expect, it, vi } from "vitest";
import { REMINDER_LINK, reminderAlert, testContext } from "../../../test/alert-fixture";
import { ntfyReceiver } from "../../../test/peers/alert-receivers";
import { routeFetchToPeers } from "../../../test/peers/network";
import { ntfy } from "./ntfy";

afterEach(() => vi.restoreAllMocks());

it("publishes JSON to the server root with title, priority, click link and the access token", async () => {
  const receiver = ntfyReceiver();
  routeFetchToPeers({ "ntfy.kestrel.example": receiver });
  const config = {
    id: "ntfy",
    type: "ntfy" as const,
    enabled: true,
    url: "https://ntfy.kestrel.example/kestrel-certs",
    token: "tk_secret",
  };
  const urgent = reminderAlert({ data: { ...reminderAlert().data, daysLeft: 2 } });
  expect(await ntfy.send(config, [urgent], testContext())).toEqual({ ok: true, status: 200 });
  const [request] = receiver.received;
  expect(request.headers.get("authorization")).toBe("Bearer tk_secret");
  expect(request.body).toMatchObject({
    topic: "kestrel-certs",
    title: "www.kestrel-logistics.com expires in 14 days (2026-12-15)",
    priority: 4,
    click: REMINDER_LINK,
  });
  expect((request.body as { message: string }).message).toContain("Days left: 2 · Expires: 2026-12-15 · Intent: renew");
});
