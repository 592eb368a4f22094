import { afterEach, expect, it, vi } from "vitest";
import { REMINDER_LINK, reminderAlert, testContext } from "../../../test/alert-fixture";
import { pagerDutyReceiver } from "../../../test/peers/alert-receivers";
import { routeFetchToPeers } from "../../../test/peers/network";
import { pagerduty } from "./pagerduty";

afterEach(() => vi.restoreAllMocks());

const ROUTING_KEY = "R0123456789ABCDEF0123456789ABCDE";

it("sends one Events v2 trigger per alert with a stable dedup key and severity by days left", async () => {
  const receiver = pagerDutyReceiver();
  routeFetchToPeers({ "events.pagerduty.example": receiver });
  const config = {
    id: "pagerduty",
    type: "pagerduty" as const,
    enabled: true,
    routingKey: ROUTING_KEY,
    url: "https://events.pagerduty.example/v2/enqueue",
  };
  const expired = reminderAlert({
    id: "a2",
    type: "expired",
    dedupeKey: "expired:c:2026-12-15:0",
    data: { ...reminderAlert().data, daysLeft: 0 },
  });
  expect(await pagerduty.send(config, [reminderAlert(), expired], testContext())).toEqual({ ok: true, status: 202 });
  expect(receiver.received).toHaveLength(2);
  const [first, second] = receiver.received.map((r) => r.body as Record<string, any>);
  expect(first).toMatchObject({
    routing_key: ROUTING_KEY,
    event_action: "trigger",
    dedup_key: "certitude:acc-kestrel:expiry-reminder:cert-kestrel-www:2026-12-15T00:00:00.000Z:14",
    payload: {
      summary: "www.kestrel-logistics.com expires in 14 days (2026-12-15)",
      source: "www.kestrel-logistics.com",
      severity: "warning",
      custom_details: { "Days left": "14", Expires: "2026-12-15", Intent: "renew" },
    },
    links: [{ href: REMINDER_LINK, text: "Open the certificate" }],
  });
  expect(second.payload.severity).toBe("critical");
});

it("reports PagerDuty's rejection with its status", async () => {
  routeFetchToPeers({ "events.pagerduty.example": pagerDutyReceiver() });
  const config = {
    id: "pagerduty",
    type: "pagerduty" as const,
    enabled: true,
    routingKey: "",
    url: "https://events.pagerduty.example/v2/enqueue",
  };
  const outcome = await pagerduty.send(config, [reminderAlert()], testContext());
  expect(outcome).toEqual({ ok: false, status: 400, error: "pagerduty: events.pagerduty.example answered HTTP 400" });
});
