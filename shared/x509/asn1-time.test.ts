import { describe, expect, it } from "vitest";
import { readAsn1Time } from "./asn1-time";

const UTC = 0x17;
const GEN = 0x18;
const read = (tag: number, text: string, field = "notAfter") =>
  readAsn1Time(tag, new TextEncoder().encode(text), field).toISOString();

describe("readAsn1Time", () => {
  it("applies a GeneralizedTime offset instead of misreading its digits", () => {
    expect(read(GEN, "20560811122001-0600")).toBe("2056-08-11T18:20:01.000Z");
    expect(read(GEN, "20560811122001+0130")).toBe("2056-08-11T10:50:01.000Z");
    expect(read(GEN, "20560811122001.25Z")).toBe("2056-08-11T12:20:01.250Z");
  });

  it("reads UTCTime without seconds and with an offset as X.680 allows", () => {
    expect(read(UTC, "2501011200Z")).toBe("2025-01-01T12:00:00.000Z");
    expect(read(UTC, "4912311200+0100")).toBe("2049-12-31T11:00:00.000Z");
    expect(read(UTC, "500101000000Z")).toBe("1950-01-01T00:00:00.000Z");
  });

  it("keeps year 0001 as year 1, not 1901", () => {
    expect(read(GEN, "00010101000000Z")).toBe("0001-01-01T00:00:00.000Z");
    expect(read(GEN, "00990601000000Z")).toBe("0099-06-01T00:00:00.000Z");
  });

  it("refuses, naming the field, a time without zone or one that is not a date", () => {
    expect(() => read(UTC, "250101120000", "notBefore")).toThrow(/notBefore time "250101120000" has no time zone/);
    expect(() => read(GEN, "20250101120000")).toThrow(/notAfter .* no time zone/);
    expect(() => read(GEN, "20250231000000Z")).toThrow(/not a calendar date/);
    expect(() => read(GEN, "20230229000000Z")).toThrow(/not a calendar date/);
    expect(() => read(UTC, "2501012500Z")).toThrow(/not a time of day/);
    expect(() => read(GEN, "2025-01-01")).toThrow(/not a valid GeneralizedTime/);
    expect(() => read(0x04, "20250101000000Z")).toThrow(/neither a UTCTime nor a GeneralizedTime/);
  });
});
