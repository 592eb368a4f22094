import { describe, expect, it } from "vitest";
import { daysBetween, findDates, slashOrderFor } from "./dates";

describe("findDates", () => {
  it.each([
    ["20.02.2015", "2015-02-20"],
    ["20 février 2026", "2026-02-20"],
    ["1 oktober 2026", "2026-10-01"],
    ["14-02-2026", "2026-02-14"],
    ["February 20th, 2026", "2026-02-20"],
    ["2026-02-20", "2026-02-20"],
    ["20/02/2026", "2026-02-20"],
    ["Feb 20, 2026", "2026-02-20"],
    ["20 de febrero de 2026", "2026-02-20"],
    ["20 de fevereiro de 2026", "2026-02-20"],
    ["20 febbraio 2026", "2026-02-20"],
    ["20. Februar 2026", "2026-02-20"],
    ["1er décembre 2017", "2017-12-01"],
    ["21 May 25 09:14 +0000", "2025-05-21"],
    ["Di., 28. Apr. 2026 um 10:12", "2026-04-28"],
    ["15 dec. 2026", "2026-12-15"],
    ["15.12.26", "2026-12-15"],
    ["15. 12. 2026", "2026-12-15"],
    ["2026/12/15", "2026-12-15"],
    ["2026.12.15", "2026-12-15"],
    ["15-Dec-2026", "2026-12-15"],
    ["2026. 12. 15.", "2026-12-15"],
    ["2026. december 15-én", "2026-12-15"],
    ["15. prosince 2026", "2026-12-15"],
    ["3 października 2026", "2026-10-03"],
    ["15. joulukuuta 2026", "2026-12-15"],
    ["the 29th of December 2026", "2026-12-29"],
    ["the 3rd of March, 2026", "2026-03-03"],
    ["1st of Feb 2027", "2027-02-01"],
  ])("reads %s", (text, iso) => {
    expect(findDates(`expires on ${text}.`, "dmy").map((d) => d.date)).toEqual([iso]);
  });

  it("reads an ambiguous slash date in the order the language uses", () => {
    expect(findDates("07/09/2026", "dmy")[0].date).toBe("2026-09-07");
    expect(findDates("07/09/2026", "mdy")[0].date).toBe("2026-07-09");
  });

  it("lets a part above 12 decide the order of every slash date in an email", () => {
    expect(slashOrderFor("valid from 11/25/2026 to 03/04/2027", "dmy")).toBe("mdy");
    expect(slashOrderFor("du 25/11/2026 au 03/04/2027", "mdy")).toBe("dmy");
  });

  it("rejects impossible dates and bare numbers", () => {
    expect(findDates("31.02.2026, order 40017723, 2026, 12:30, OpenSSL 3.0.13, v2.10.26", "dmy")).toEqual([]);
  });

  it("keeps where each date was found", () => {
    const [d] = findDates("Valid until: December 15, 2026", "mdy");
    expect(d).toEqual({ date: "2026-12-15", text: "December 15, 2026", index: 13 });
  });
});

describe("daysBetween", () => {
  it("counts calendar days, ignoring the time of day", () => {
    expect(daysBetween("2026-11-15T23:59:00Z", "2026-12-15")).toBe(30);
    expect(daysBetween("2026-12-15", "2026-11-15")).toBe(-30);
  });
});
