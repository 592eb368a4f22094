import { env } from "cloudflare:workers";
import { expect, it } from "vitest";
import { addTimelineEvent, listCertificateTimelineEvents } from "./timeline-events";

async function account(id: string): Promise<string> {
  await env.DB.prepare("INSERT INTO accounts (id, name, created_at) VALUES (?1, ?2, ?3)")
    .bind(id, `Account ${id}`, "2026-01-01T00:00:00Z")
    .run();
  return id;
}

it("stores events and lists a certificate's events oldest first, scoped to the account", async () => {
  const a = await account("acc-timeline-a");
  const b = await account("acc-timeline-b");
  await addTimelineEvent(env.DB, {
    accountId: a,
    certificateId: "cert-1",
    occurredAt: "2026-03-02T10:00:00Z",
    type: "revocation-check",
    summary: "OCSP says good",
    data: { ocsp: "good" },
  });
  const first = await addTimelineEvent(env.DB, {
    accountId: a,
    certificateId: "cert-1",
    occurredAt: "2026-03-01T10:00:00Z",
    type: "alert-sent",
    summary: "Reminder sent",
  });
  await addTimelineEvent(env.DB, {
    accountId: b,
    certificateId: "cert-1",
    occurredAt: "2026-03-01T09:00:00Z",
    type: "alert-sent",
    summary: "Other account",
  });

  const events = await listCertificateTimelineEvents(env.DB, a, "cert-1");
  expect(events.map((e) => e.summary)).toEqual(["Reminder sent", "OCSP says good"]);
  expect(events[0]).toEqual({ ...first, data: {} });
  expect(events[1].data).toEqual({ ocsp: "good" });
});
