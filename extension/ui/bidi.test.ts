import { describe, expect, it } from "vitest";
import { showBidiControls } from "./bidi";
import { h } from "./element";

describe("showBidiControls", () => {
  it("writes out every bidirectional control instead of obeying it", () => {
    expect(showBidiControls("invoice\u202Efdp.exe")).toBe("invoice[U+202E]fdp.exe");
    const controls = [
      "\u202A",
      "\u202B",
      "\u202C",
      "\u202D",
      "\u202E",
      "\u2066",
      "\u2067",
      "\u2068",
      "\u2069",
      "\u200E",
      "\u200F",
      "\u061C",
    ];
    const shown = showBidiControls(controls.join("x"));
    expect(shown).toBe(
      "[U+202A]x[U+202B]x[U+202C]x[U+202D]x[U+202E]x[U+2066]x[U+2067]x[U+2068]x[U+2069]x[U+200E]x[U+200F]x[U+061C]",
    );
    expect(shown).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/);
  });

  it("leaves right-to-left letters and everything else as they are", () => {
    expect(showBidiControls("شهادة www.example.com — עברית")).toBe("شهادة www.example.com — עברית");
  });

  it("is applied to every text the dashboard and popup build, isolated in its own direction", () => {
    const cell = h("td", { text: "invoice\u202Efdp.exe", attrs: { title: "a\u202Eb" } }, " and \u2067more");
    expect(cell.textContent).toBe("invoice[U+202E]fdp.exe and [U+2067]more");
    expect(cell.title).toBe("a[U+202E]b");
    expect(cell.dir).toBe("auto");
  });
});
