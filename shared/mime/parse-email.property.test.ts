import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EmailTooLargeError, MAX_EMAIL_BYTES } from "./errors";
import { badEncoding, deeplyNested, longHeaderLine, manyParts } from "./hostile-mail";
import { parseEmail } from "./parse-email";
import { fixture, mimeFixtureNames } from "./test-fixtures";
import type { ParsedEmail } from "./types";

function expectWellFormed(parsed: ParsedEmail): void {
  expect(typeof parsed.notice.text).toBe("string");
  expect(typeof parsed.notice.subject).toBe("string");
  expect(Array.isArray(parsed.problems)).toBe(true);
  expect(parsed.notice.date === null || !Number.isNaN(parsed.notice.date.getTime())).toBe(true);
}

const fixtures = mimeFixtureNames().map(fixture);

describe("parseEmail never throws on hostile input", () => {
  it("resolves for random bytes and random text", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 4000 }), fc.string({ maxLength: 4000 })), async (raw) => {
        expectWellFormed(await parseEmail(raw));
      }),
      { numRuns: 60 },
    );
  });

  it("resolves for fixture emails with bytes flipped, cut or spliced", async () => {
    const mutated = fc
      .record({
        index: fc.nat(fixtures.length - 1),
        at: fc.nat(),
        cut: fc.nat(),
        bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }),
      })
      .map(({ index, at, cut, bytes }) => {
        const source = fixtures[index];
        const start = at % source.length;
        const out = new Uint8Array(source.length + bytes.length);
        out.set(source.subarray(0, start));
        out.set(bytes, start);
        out.set(source.subarray(start), start + bytes.length);
        return out.subarray(0, Math.max(1, out.length - (cut % 200)));
      });
    await fc.assert(
      fc.asyncProperty(mutated, async (raw) => {
        expectWellFormed(await parseEmail(raw));
      }),
      { numRuns: 80 },
    );
  });

  it("resolves for bodies made of forward markers, header labels and noise", async () => {
    const line = fc.oneof(
      fc.constantFrom(
        "---------- Forwarded message ---------",
        "-----Original Message-----",
        "Begin forwarded message:",
        "________________________________",
        "From: DigiCert <no-reply@digicert.com>",
        "Von: PSW GROUP [mailto:buchhaltung@psw-group.de]",
        "Sent: Monday, November 9, 2026 10:14 AM",
        "Datum: 31. Februar 2026 um 25:61 Uhr",
        "Subject: Payment failed",
        "On Mon, Nov 9, 2026 at 10:14 AM DigiCert <no-reply@digicert.com> wrote:",
        "> > > quoted",
        "",
      ),
      fc.string({ maxLength: 80 }),
    );
    const email = fc
      .record({
        subject: fc.constantFrom("Fwd: notice", "RE: notice", "notice", "WG: AW: notice"),
        lines: fc.array(line, { maxLength: 60 }),
      })
      .map(
        ({ subject, lines }) =>
          `From: a@kestrel-logistics.com\nSubject: ${subject}\nDate: Mon, 9 Nov 2026 10:14:00 +0100\n\n${lines.join("\n")}\n`,
      );
    await fc.assert(
      fc.asyncProperty(email, async (raw) => {
        expectWellFormed(await parseEmail(raw));
      }),
      { numRuns: 150 },
    );
  });

  it("resolves for invalid charsets and transfer encodings", async () => {
    const charset = fc.constantFrom("x-unknown", "utf-7", "", "iso-8859-99", "windows-1252", "utf-16", '"broken');
    const encoding = fc.constantFrom("base64", "quoted-printable", "x-uuencode", "8bit", "binary", "bogus");
    await fc.assert(
      fc.asyncProperty(charset, encoding, fc.string({ maxLength: 500 }), async (cs, enc, body) => {
        expectWellFormed(await parseEmail(badEncoding(cs, enc, body)));
      }),
      { numRuns: 40 },
    );
  });

  it("resolves for 200 levels of nested multiparts and says what it skipped", async () => {
    const parsed = await parseEmail(deeplyNested(200));
    expectWellFormed(parsed);
    expect(parsed.notice.from?.address).toBe("no-reply@digicert.com");
    expect(parsed.problems.join(" ")).toMatch(/MIME structure could not be read/);
  });

  it("resolves for 10 000 parts, reading a bounded number of them", async () => {
    const parsed = await parseEmail(manyParts(10_000));
    expectWellFormed(parsed);
    expect(parsed.notice.text).toContain("part 0");
    expect(parsed.notice.text).not.toContain("part 9999");
    expect(parsed.problems.join(" ")).toMatch(/Only the first 50 of 10000 body parts were read/);
  });

  it("resolves for a 1 MB header line", async () => {
    const parsed = await parseEmail(longHeaderLine(1024 * 1024));
    expectWellFormed(parsed);
    expect(parsed.notice.subject).toBe("Notice");
    expect(parsed.notice.headers["x-padding"][0].length).toBeLessThanOrEqual(16_384);
    expect(parsed.problems.join(" ")).toMatch(/x-padding header \(1048576 characters\) was cut/);
  });

  it("refuses anything over 25 MB, and only that", async () => {
    await expect(parseEmail(new Uint8Array(MAX_EMAIL_BYTES + 1))).rejects.toBeInstanceOf(EmailTooLargeError);
    await expect(parseEmail("a".repeat(MAX_EMAIL_BYTES + 1))).rejects.toBeInstanceOf(EmailTooLargeError);
    expectWellFormed(await parseEmail(new Uint8Array(1024)));
  });
});
