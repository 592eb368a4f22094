import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scanPem } from "./pem-scan";

/** The pieces hostile and broken PEM texts are made of. */
const fragment = fc.oneof(
  fc.constantFrom(
    "-----BEGIN ",
    "-----END ",
    "-----",
    "A",
    "CERTIFICATE",
    "X509 CRL",
    " ",
    "\n",
    "\r\n",
    "MIIB",
    "=",
    "-",
  ),
  fc.constantFrom(
    "-----BEGIN A-----\n",
    "-----END A-----\n",
    "-----BEGIN CERTIFICATE-----\n",
    "-----END CERTIFICATE-----\n",
  ),
  fc.string({ maxLength: 6 }),
);
const pemLike = fc.array(fragment, { maxLength: 400 }).map((parts) => parts.join(""));

/**
 * The regular expressions the scan replaced, kept as the oracle of what a PEM text holds. They are
 * right and slow: their lazy body restarts at every BEGIN line (quadratic), fine on small inputs.
 */
function oracle(text: string): { blocks: { label: string; body: string }[]; unterminated: boolean } {
  const blocks = [...text.matchAll(/-----BEGIN ([A-Z0-9 ]{1,64})-----([\s\S]*?)-----END \1-----/g)].map((m) => ({
    label: m[1],
    body: m[2],
  }));
  const begins = [...text.matchAll(/-----BEGIN ([A-Z0-9 ]{1,64})-----/g)].length;
  return { blocks, unterminated: begins > blocks.length };
}

describe("scanPem", () => {
  it("finds blocks in order, with text around and between them", () => {
    const text =
      "Bag Attributes\r\n-----BEGIN CERTIFICATE-----\r\nMIIB\r\n-----END CERTIFICATE-----\r\nsubject=x\n-----BEGIN X509 CRL-----\nMIIC\n-----END X509 CRL-----\ntrailing";
    const scan = scanPem(text);
    expect(scan.unterminated).toBe(false);
    expect(scan.blocks).toEqual([
      { label: "CERTIFICATE", body: "\r\nMIIB\r\n" },
      { label: "X509 CRL", body: "\nMIIC\n" },
    ]);
  });

  it("says a BEGIN line has no END, also when the next block begins first", () => {
    expect(scanPem("-----BEGIN CERTIFICATE-----\nMIIB\n").unterminated).toBe(true);
    expect(
      scanPem("-----BEGIN CERTIFICATE-----\nMII\n-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n")
        .unterminated,
    ).toBe(true);
    expect(scanPem("-----BEGIN lower-----\n-----BEGIN -----\nnot PEM").unterminated).toBe(false);
  });

  it("finds what the regular expressions it replaced find, on any text", () => {
    // Where a marker's closing dashes open the next marker ("-----BEGIN A-----END A-----"), the
    // expressions read the dashes twice and the scan once; real PEM ends each marker with a line.
    const sharedDashes = /-----(BEGIN|END) [A-Z0-9 ]{0,64}-----(BEGIN|END) /;
    fc.assert(
      fc.property(pemLike, (text) => {
        fc.pre(!sharedDashes.test(text));
        const scan = scanPem(text);
        const expected = oracle(text);
        expect(scan.unterminated).toBe(expected.unterminated);
        if (!expected.unterminated) expect(scan.blocks).toEqual(expected.blocks);
      }),
      { numRuns: 2000 },
    );
  });

  it("examines each character a bounded number of times, however hostile the text", () => {
    const hostile = fc.oneof(
      pemLike,
      fc
        .tuple(
          fc.constantFrom(
            "-----BEGIN A-----\n",
            "-----BEGIN A-----",
            "-----BEGIN ",
            "-----END A-----",
            `-----BEGIN ${"A".repeat(64)}`,
          ),
          fc.integer({ min: 1, max: 5000 }),
        )
        .map(([line, count]) => line.repeat(count)),
      fc.tuple(pemLike, fc.integer({ min: 1, max: 200 })).map(([text, count]) => text.repeat(count)),
    );
    fc.assert(
      fc.property(hostile, (text) => {
        expect(scanPem(text).work).toBeLessThanOrEqual(12 * text.length + 100);
      }),
      { numRuns: 500 },
    );
  });

  it("answers a megabyte of BEGIN lines without END as one unterminated block", () => {
    const hostile = "-----BEGIN A-----\n".repeat(60_000);
    const scan = scanPem(hostile);
    expect(scan).toMatchObject({ blocks: [], unterminated: true });
    expect(scan.work).toBeLessThanOrEqual(2 * hostile.length);
  });
});
