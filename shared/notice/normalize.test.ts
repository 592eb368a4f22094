import { describe, expect, it } from "vitest";
import { normalizeLetters } from "./normalize";

describe("normalizeLetters", () => {
  it("rejoins letter-spaced words, keeping the wider gaps between them", () => {
    expect(normalizeLetters("C o m u n i c a z i o n e   i m p o r t a n t e")).toBe("Comunicazione importante");
  });

  it("leaves ordinary short words alone", () => {
    expect(normalizeLetters("a b c of the list")).toBe("a b c of the list");
  });

  it("drops zero-width and bidi controls and folds compatibility forms", () => {
    expect(normalizeLetters("decl\u200bi\u202ened ＰＡＹＭＥＮＴ")).toBe("declined PAYMENT");
  });

  it("writes a word that mixes scripts in the script most of its letters use", () => {
    expect(normalizeLetters("p\u0430yment")).toBe("payment");
    expect(normalizeLetters("Cертификат")).toBe("Сертификат");
    expect(normalizeLetters("Сертификат истекает")).toBe("Сертификат истекает");
  });
});
