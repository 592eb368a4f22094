import { afterEach, expect, it, vi } from "vitest";
import { REMINDER_LINK, SENT_AT, reminderAlert, testContext } from "../../../test/alert-fixture";
import { signedJsonReceiver } from "../../../test/peers/alert-receivers";
import { routeFetchToPeers } from "../../../test/peers/network";
import { json, TIMESTAMP_HEADER } from "./json";

afterEach(() => vi.restoreAllMocks());

const SECRET = "whsec-kestrel-ops-0123456789";

it("signs the payload so the receiver's HMAC check passes, and carries the facts and link", async () => {
  const receiver = signedJsonReceiver(SECRET);
  routeFetchToPeers({ "hooks.kestrel.example": receiver });
  const config = {
    id: "json",
    type: "json" as const,
    enabled: true,
    url: "https://hooks.kestrel.example/certitude",
    secret: SECRET,
  };
  expect(await json.send(config, [reminderAlert()], testContext())).toEqual({ ok: true, status: 200 });
  const [request] = receiver.received;
  expect(request.headers.get(TIMESTAMP_HEADER)).toBe(String(SENT_AT.getTime() / 1000));
  expect(request.body).toMatchObject({
    accountId: "acc-kestrel",
    alerts: [
      {
        type: "expiry-reminder",
        link: REMINDER_LINK,
        data: { daysLeft: 14, notAfter: "2026-12-15T00:00:00.000Z", intent: "renew" },
      },
    ],
  });

  const wrongKey = await json.send({ ...config, secret: "another-secret-of-16+" }, [reminderAlert()], testContext());
  expect(wrongKey).toEqual({ ok: false, status: 401, error: "json webhook: hooks.kestrel.example answered HTTP 401" });
});
