import { afterEach, expect, it, vi } from "vitest";
import { REMINDER_LINK, reminderAlert, testContext } from "../../../test/alert-fixture";
import { slackReceiver } from "../../../test/peers/alert-receivers";
import { routeFetchToPeers } from "../../../test/peers/network";
import { slack } from "./slack";

afterEach(() => vi.restoreAllMocks());

it("posts mrkdwn text with days left, expiry, intent and link, vendor markup escaped", async () => {
  const receiver = slackReceiver();
  routeFetchToPeers({ "hooks.slack.example": receiver });
  const alert = reminderAlert({ title: "<!channel> & co expires in 14 days (2026-12-15)" });
  const outcome = await slack.send(
    { id: "slack", type: "slack", enabled: true, url: "https://hooks.slack.example/services/T0/B0/x" },
    [alert],
    testContext(),
  );
  expect(outcome).toEqual({ ok: true, status: 200 });
  const body = receiver.received[0].body as { text: string };
  expect(Object.keys(body)).toEqual(["text"]);
  expect(body.text).toContain("*&lt;!channel&gt; &amp; co expires in 14 days (2026-12-15)*");
  expect(body.text).toContain("Days left: 14 · Expires: 2026-12-15 · Intent: renew");
  expect(body.text).toContain(`<${REMINDER_LINK}|Open the certificate>`);
});
