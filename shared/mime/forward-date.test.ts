import { describe, expect, it } from "vitest";
import { centralEuropeanOffset, headerOffsetMinutes, parseLocalizedDate } from "./forward-date";

describe("parseLocalizedDate", () => {
  it.each([
    ["Mon, Nov 9, 2026 at 10:14 AM", {}, "2026-11-09T10:14:00.000Z"],
    ["Mon, Nov 9, 2026 at 10:14 PM", {}, "2026-11-09T22:14:00.000Z"],
    ["Monday, November 9, 2026 10:14 AM", {}, "2026-11-09T10:14:00.000Z"],
    ["Montag, 9. November 2026 10:14", { fallbackOffset: 60 }, "2026-11-09T09:14:00.000Z"],
    ["Mo., 9. Nov. 2026 um 10:14 Uhr", {}, "2026-11-09T10:14:00.000Z"],
    ["lundi 9 novembre 2026 10:14", {}, "2026-11-09T10:14:00.000Z"],
    ["lun. 9 nov. 2026 à 10:14", {}, "2026-11-09T10:14:00.000Z"],
    ["martes, 10 de noviembre de 2026 9:30", {}, "2026-11-10T09:30:00.000Z"],
    ["mar, 10 nov 2026 a las 9:30", {}, "2026-11-10T09:30:00.000Z"],
    ["maandag 9 november 2026 10:14", {}, "2026-11-09T10:14:00.000Z"],
    ["ma 9 nov. 2026 om 10:14", {}, "2026-11-09T10:14:00.000Z"],
    ["9 nov 2026, 10:14", {}, "2026-11-09T10:14:00.000Z"],
    ["9 juillet 2026 10:14", {}, "2026-07-09T10:14:00.000Z"],
    ["9 mrt. 2026 10:14", {}, "2026-03-09T10:14:00.000Z"],
    ["Tue, 10 Mar 2026 10:14:00 +0000", {}, "2026-03-10T10:14:00.000Z"],
    ["10. März 2026 10:14", {}, "2026-03-10T10:14:00.000Z"],
    ["15 November 2026 at 16:04:22 CET", {}, "2026-11-15T15:04:22.000Z"],
    ["11. August 2025 um 06:30:40 MESZ", {}, "2025-08-11T04:30:40.000Z"],
    ["20 mars 2026 à 09:00:00 UTC+1", {}, "2026-03-20T08:00:00.000Z"],
    ["Mon, 9 Nov 2026 10:14:00 +0100", {}, "2026-11-09T09:14:00.000Z"],
    ["09.11.2026 10:14", {}, "2026-11-09T10:14:00.000Z"],
    ["11/9/2026 10:14 AM", { monthFirst: true }, "2026-11-09T10:14:00.000Z"],
    ["9/11/2026 10:14", { monthFirst: false }, "2026-11-09T10:14:00.000Z"],
    ["2026-11-09 10:14", {}, "2026-11-09T10:14:00.000Z"],
    ["11/9/26 10:14 (GMT+01:00)", { monthFirst: true }, "2026-11-09T09:14:00.000Z"],
    ["09.11.26, 10:14", {}, "2026-11-09T10:14:00.000Z"],
  ])("reads %s", (text, options, iso) => {
    expect(parseLocalizedDate(text, options)?.toISOString()).toBe(iso);
  });

  it.each(["", "soon", "31 November 2026 10:00", "Nov 2026", "9 Nov 2026 25:61"])("returns null for %j", (text) => {
    expect(parseLocalizedDate(text)).toBeNull();
  });

  it("reads Portuguese, Italian and Swedish client dates", () => {
    expect(parseLocalizedDate("seg., 9 de nov. de 2026 às 10:14")?.toISOString()).toBe("2026-11-09T10:14:00.000Z");
    expect(parseLocalizedDate("lun 9 nov 2026 alle ore 10:14")?.toISOString()).toBe("2026-11-09T10:14:00.000Z");
    expect(parseLocalizedDate("mån 9 nov. 2026 kl 10:14")?.toISOString()).toBe("2026-11-09T10:14:00.000Z");
  });

  it("reads Danish, Finnish, Polish and Czech client dates", () => {
    expect(parseLocalizedDate("mandag den 9. november 2026 kl. 10.14")?.toISOString()).toBe("2026-11-09T10:14:00.000Z");
    expect(parseLocalizedDate("maanantai 9. marraskuuta 2026 klo 10.14")?.toISOString()).toBe(
      "2026-11-09T10:14:00.000Z",
    );
    expect(parseLocalizedDate("poniedziałek, 9 listopada 2026 10:14")?.toISOString()).toBe("2026-11-09T10:14:00.000Z");
    expect(parseLocalizedDate("pondělí 9. listopadu 2026 10:14")?.toISOString()).toBe("2026-11-09T10:14:00.000Z");
    expect(parseLocalizedDate("9. července 2026 10:14")?.toISOString()).toBe("2026-07-09T10:14:00.000Z");
  });

  it("reads the zone offset of an RFC 5322 Date header", () => {
    expect(headerOffsetMinutes("Tue, 17 Nov 2026 10:31:07 +0100")).toBe(60);
    expect(headerOffsetMinutes("Fri, 10 Apr 2026 16:22:41 -0700 (PDT)")).toBe(-420);
    expect(headerOffsetMinutes(undefined)).toBe(0);
  });
});

describe("centralEuropeanOffset", () => {
  it("switches at 01:00 UTC on the last Sundays of March and October", () => {
    expect(centralEuropeanOffset(new Date("2026-03-29T00:59:00Z"))).toBe(60);
    expect(centralEuropeanOffset(new Date("2026-03-29T01:00:00Z"))).toBe(120);
    expect(centralEuropeanOffset(new Date("2026-10-25T00:59:00Z"))).toBe(120);
    expect(centralEuropeanOffset(new Date("2026-10-25T01:00:00Z"))).toBe(60);
    expect(centralEuropeanOffset(new Date("2026-01-27T19:30:00Z"))).toBe(60);
  });
});
