import { describe, expect, it } from "vitest";
import { fromHeader } from "./from-header";

describe("fromHeader", () => {
  it("keeps a plain display name as written", () => {
    expect(fromHeader({ from: { name: "PSW GROUP Billing", address: "billing@psw-group.de" } })).toBe(
      "PSW GROUP Billing <billing@psw-group.de>",
    );
  });

  it("encodes a display name that could break its header line", () => {
    const header = fromHeader({
      from: { name: 'Billing\r\nAuthentication-Results: mx; dkim=pass "<x>', address: "a@b.example" },
    });
    expect(header).toMatch(/^=\?UTF-8\?B\?/);
    expect(header.split("\r\n").every((line, i) => i === 0 || line.startsWith(" "))).toBe(true);
    expect(header.endsWith(" <a@b.example>")).toBe(true);
  });
});
