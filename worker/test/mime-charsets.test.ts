import { describe, expect, it } from "vitest";
import { parseEmail } from "../../shared/mime/parse-email";

// The MIME layer runs inside the Worker: legacy charsets must decode in workerd as in Node.
const bodies: [string, number[], string][] = [
  ["windows-1252", [0x84, 0x6c, 0xe4, 0x75, 0x66, 0x74, 0x93, 0x20, 0x96, 0x20, 0x80], "„läuft“ – €"],
  ["iso-8859-1", [0xc9, 0x63, 0x68, 0xe9, 0x61, 0x6e, 0x63, 0x65], "Échéance"],
  ["iso-8859-15", [0x31, 0x37, 0x38, 0x2c, 0x35, 0x30, 0x20, 0xa4], "178,50 €"],
];

describe("parseEmail in workerd", () => {
  it.each(bodies)("decodes a %s body", async (charset, bytes, text) => {
    const head = new TextEncoder().encode(
      `From: PSW GROUP <buchhaltung@psw-group.de>\r\nSubject: =?${charset}?Q?Zertifikat_l=E4uft_ab?=\r\nDate: Mon, 9 Nov 2026 10:14:00 +0100\r\nContent-Type: text/plain; charset=${charset}\r\nContent-Transfer-Encoding: 8bit\r\n\r\n`,
    );
    const raw = new Uint8Array(head.length + bytes.length);
    raw.set(head);
    raw.set(bytes, head.length);
    const parsed = await parseEmail(raw);
    expect(parsed.notice.text).toBe(text);
    expect(parsed.notice.subject).toBe("Zertifikat läuft ab");
  });
});

const fixtures = import.meta.glob<string>("../../test/fixtures/emails/mime-fwd-*.eml", {
  query: "?raw",
  import: "default",
  eager: true,
});

describe("forward unwrapping in workerd", () => {
  it.each(Object.entries(fixtures))("unwraps %s", async (_path, raw) => {
    const parsed = await parseEmail(raw);
    expect(parsed.forwardStyle).not.toBe("none");
    expect(parsed.notice.from?.address).not.toMatch(/@kestrel-logistics\./);
    expect(parsed.notice.date).toBeInstanceOf(Date);
    expect(parsed.forwarder?.note).not.toBe("");
  });
});
