import { describe, expect, it } from "vitest";
import { escapeText, foldLine, writeCalendar } from "./ics";

const octets = (line: string) => new TextEncoder().encode(line).length;

describe("iCalendar writer", () => {
  it("escapes backslash, semicolon, comma and line breaks in TEXT", () => {
    expect(escapeText("a\\b;c,d\ne\r\nf")).toBe("a\\\\b\\;c\\,d\\ne\\nf");
  });

  it("folds at 75 octets without splitting a multi-byte character, and unfolds to the original", () => {
    const line = `DESCRIPTION:${"Zertifikat läuft ab – bitte erneuern ✓ ".repeat(6)}`;
    const folded = foldLine(line);
    const physical = folded.split("\r\n");
    expect(physical.length).toBeGreaterThan(3);
    for (const part of physical) expect(octets(part)).toBeLessThanOrEqual(75);
    for (const part of physical.slice(1)) expect(part.startsWith(" ")).toBe(true);
    expect(folded.replace(/\r\n /g, "")).toBe(line);
    expect(physical.join("")).not.toContain("\uFFFD");
  });

  it("ends every line with CRLF and nests components", () => {
    const text = writeCalendar({
      name: "VCALENDAR",
      properties: [["VERSION", "2.0"]],
      components: [{ name: "VEVENT", properties: [["UID", "x"]] }],
    });
    expect(text).toBe("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
  });
});
