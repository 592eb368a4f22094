import PostalMime from "postal-mime";
import { expect, it } from "vitest";
import { composeMessage } from "./compose";

it("composes a message that a MIME parser reads back, with no header injection", async () => {
  const raw = composeMessage({
    from: "billing@vendor.example",
    fromName: "Vendor Billing",
    to: "ops@kestrel-logistics.com",
    subject: "Zahlung fehlgeschlagen – Bestellung 4711\r\nBcc: victim@example.com",
    date: new Date("2026-03-02T09:30:00Z"),
    messageId: "<abc@vendor.example>",
    text: "Ihr Zertifikat läuft ab.",
    html: "<p>Ihr Zertifikat <b>läuft</b> ab.</p>",
    headers: [
      ["Authentication-Results", "mx.example; dkim=pass header.d=vendor.example"],
      ["Bad Name", "x"],
    ],
  });
  expect(raw).not.toMatch(/^Bcc:/m);
  expect(raw).not.toMatch(/^Bad Name:/m);
  const parsed = await PostalMime.parse(raw);
  expect(parsed.from).toMatchObject({ address: "billing@vendor.example", name: "Vendor Billing" });
  expect(parsed.subject).toBe("Zahlung fehlgeschlagen – Bestellung 4711 Bcc: victim@example.com");
  expect(parsed.messageId).toBe("<abc@vendor.example>");
  expect(parsed.text?.trim()).toBe("Ihr Zertifikat läuft ab.");
  expect(parsed.html).toContain("<b>läuft</b>");
  expect(parsed.headers.find((h) => h.key === "authentication-results")?.value).toContain("dkim=pass");
  expect(new Date(parsed.date ?? "").toISOString()).toBe("2026-03-02T09:30:00.000Z");
});
