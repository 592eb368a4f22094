import { afterEach, expect, it, vi } from "vitest";
import { REMINDER_LINK, reminderAlert, testContext } from "../../../test/alert-fixture";
import { teamsReceiver } from "../../../test/peers/alert-receivers";
import { routeFetchToPeers } from "../../../test/peers/network";
import { teams } from "./teams";

afterEach(() => vi.restoreAllMocks());

it("posts an Adaptive Card the Teams workflow accepts, with the facts and an open-URL action", async () => {
  const receiver = teamsReceiver();
  routeFetchToPeers({ "prod-12.westeurope.logic.example": receiver });
  const url = "https://prod-12.westeurope.logic.example/workflows/abc/triggers/manual/paths/invoke?sig=x";
  const outcome = await teams.send(
    { id: "teams", type: "teams", enabled: true, url },
    [reminderAlert()],
    testContext(),
  );
  expect(outcome).toEqual({ ok: true, status: 202 });
  const card = (receiver.received[0].body as { attachments: { content: { body: Record<string, unknown>[] } }[] })
    .attachments[0].content;
  expect(card.body[0]).toMatchObject({
    type: "TextBlock",
    text: "www.kestrel-logistics.com expires in 14 days (2026-12-15)",
  });
  expect(card.body).toContainEqual({
    type: "FactSet",
    facts: [
      { title: "Days left", value: "14" },
      { title: "Expires", value: "2026-12-15" },
      { title: "Intent", value: "renew" },
    ],
  });
  expect(card.body).toContainEqual({
    type: "ActionSet",
    actions: [{ type: "Action.OpenUrl", title: "Open the certificate", url: REMINDER_LINK }],
  });
});
