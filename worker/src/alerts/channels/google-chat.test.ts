import { afterEach, expect, it, vi } from "vitest";
import { REMINDER_LINK, reminderAlert, testContext } from "../../../test/alert-fixture";
import { googleChatReceiver } from "../../../test/peers/alert-receivers";
import { routeFetchToPeers } from "../../../test/peers/network";
import { googleChat } from "./google-chat";

afterEach(() => vi.restoreAllMocks());

it("posts a text message with the facts and a link", async () => {
  const receiver = googleChatReceiver();
  routeFetchToPeers({ "chat.googleapis.example": receiver });
  const url = "https://chat.googleapis.example/v1/spaces/AAAA/messages?key=k&token=t";
  const outcome = await googleChat.send(
    { id: "google-chat", type: "google-chat", enabled: true, url },
    [reminderAlert()],
    testContext(),
  );
  expect(outcome).toEqual({ ok: true, status: 200 });
  const { text } = receiver.received[0].body as { text: string };
  expect(text.split("\n")).toEqual([
    "*www.kestrel-logistics.com expires in 14 days (2026-12-15)*",
    "The certificate for www.kestrel-logistics.com (DigiCert) expires on 2026-12-15. It is marked to be renewed.",
    "Days left: 14 · Expires: 2026-12-15 · Intent: renew",
    `<${REMINDER_LINK}|Open the certificate>`,
  ]);
});
