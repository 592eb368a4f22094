import { env } from "cloudflare:workers";
import type { Alert } from "../src/alerts/enqueue";
import { sendContext } from "../src/alerts/channels";
import type { SendContext } from "../src/alerts/channels/types";

export const SENT_AT = new Date("2026-12-01T06:00:00Z");

/** An expiry reminder as the cron raises it, with a vendor-controlled name that tries markup. */
export function reminderAlert(overrides: Partial<Alert> = {}): Alert {
  return {
    id: "6f1c2d1e-0000-4000-8000-000000000001",
    accountId: "acc-kestrel",
    certificateId: "cert-kestrel-www",
    type: "expiry-reminder",
    dedupeKey: "expiry-reminder:cert-kestrel-www:2026-12-15T00:00:00.000Z:14",
    title: "www.kestrel-logistics.com expires in 14 days (2026-12-15)",
    message:
      "The certificate for www.kestrel-logistics.com (DigiCert) expires on 2026-12-15. It is marked to be renewed.",
    data: {
      notAfter: "2026-12-15T00:00:00.000Z",
      daysLeft: 14,
      intent: "renew",
      commonName: "www.kestrel-logistics.com",
      threshold: 14,
    },
    createdAt: SENT_AT.toISOString(),
    ...overrides,
  };
}

/** The link the fixture alert carries with the test Worker's APP_URL. */
export const REMINDER_LINK = "https://certitude.example/api/certificates/cert-kestrel-www";

/** The send context of the test Worker for the fixture account. */
export function testContext(): SendContext {
  return sendContext(env, "acc-kestrel", SENT_AT);
}
