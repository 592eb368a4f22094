import { describe, expect, it } from "vitest";
import { cleanAddress, parseShownDate, sender, senderFromText } from "./header-values";

const local = (...parts: [number, number, number, number?, number?]) =>
  new Date(...(parts as [number, number, number, number, number])).getTime();

describe("parseShownDate", () => {
  it.each([
    ["Tue, Nov 17, 2026, 9:14 AM", local(2026, 10, 17, 9, 14)],
    ["Tue, Nov 17, 2026, 9:14\u202fPM", local(2026, 10, 17, 21, 14)],
    ["Tue, Nov 17, 2026 at 9:14 AM", local(2026, 10, 17, 9, 14)],
    ["Tuesday, November 17th, 2026 at 12:05 AM", local(2026, 10, 17, 0, 5)],
    ["17 November 2026 09:14", local(2026, 10, 17, 9, 14)],
    ["Tue 11/17/2026 9:14 AM", local(2026, 10, 17, 9, 14)],
    ["17.11.2026 09:14", local(2026, 10, 17, 9, 14)],
    ["2026-11-17 09:14", local(2026, 10, 17, 9, 14)],
  ])("reads %s as shown, in local time", (text, expected) => {
    expect(parseShownDate(text)?.getTime()).toBe(expected);
  });

  it("reads exact instants with their zone", () => {
    expect(parseShownDate("2026-11-17T08:14:00Z")?.toISOString()).toBe("2026-11-17T08:14:00.000Z");
    expect(parseShownDate("Tue, 17 Nov 2026 09:14:02 +0100")?.toISOString()).toBe("2026-11-17T08:14:02.000Z");
  });

  it("gives up on dates without a year, and on nonsense", () => {
    expect(parseShownDate("Today 09:14")).toBeNull();
    expect(parseShownDate("4 days ago")).toBeNull();
    expect(parseShownDate("")).toBeNull();
    expect(parseShownDate(null)).toBeNull();
  });
});

describe("sender", () => {
  it("cleans the address and drops a name that only repeats it", () => {
    expect(sender(" PSW GROUP  Billing ", "<Billing@PSW-Group.de>")).toEqual({
      name: "PSW GROUP Billing",
      address: "billing@psw-group.de",
    });
    expect(sender("noreply@digicert.com", "noreply@digicert.com")).toEqual({
      name: "",
      address: "noreply@digicert.com",
    });
    expect(cleanAddress("mailto:it@kestrel-logistics.com?subject=Hi")).toBe("it@kestrel-logistics.com");
  });

  it("refuses what is not one address", () => {
    expect(sender("Billing", "billing at psw-group.de")).toBeUndefined();
    expect(sender("Billing", "a@b.de, c@d.de")).toBeUndefined();
    expect(sender("Billing", "")).toBeUndefined();
  });

  it("splits a combined `Name <address>` value", () => {
    expect(senderFromText('"DigiCert, Inc." <noreply@digicert.com>')).toEqual({
      name: "DigiCert, Inc.",
      address: "noreply@digicert.com",
    });
    expect(senderFromText("noreply@digicert.com")).toEqual({ name: "", address: "noreply@digicert.com" });
  });
});
