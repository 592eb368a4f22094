import { env } from "cloudflare:workers";
import { afterEach, expect, it, vi } from "vitest";
import { REMINDER_LINK, reminderAlert, testContext } from "../../../test/alert-fixture";
import { email } from "./email";

afterEach(() => vi.restoreAllMocks());

it("sends one plain-text e-mail through the send_email binding with the facts and link", async () => {
  const send = vi.spyOn(env.ALERT_EMAIL, "send");
  const config = { id: "email", type: "email" as const, enabled: true, to: "ops@kestrel-logistics.com" };
  expect(await email.send(config, [reminderAlert()], testContext())).toEqual({ ok: true, status: null });
  const message = send.mock.calls[0][0] as EmailMessage & { raw?: unknown };
  expect(message.from).toBe("alerts@certitude.example");
  expect(message.to).toBe("ops@kestrel-logistics.com");

  send.mockRejectedValueOnce(new Error("destination address not verified"));
  expect(await email.send(config, [reminderAlert()], testContext())).toEqual({
    ok: false,
    status: null,
    error: "email not sent: destination address not verified",
  });
});

it("writes days left, expiry date, intent and the link into the text", async () => {
  const { alertEmailContent } = await import("./email");
  const { subject, text } = alertEmailContent([reminderAlert()], testContext());
  expect(subject).toBe("www.kestrel-logistics.com expires in 14 days (2026-12-15)");
  expect(text).toContain("Days left: 14 · Expires: 2026-12-15 · Intent: renew");
  expect(text).toContain(REMINDER_LINK);
});
