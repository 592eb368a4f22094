import { describe, expect, it } from "vitest";
import { canDecode, hasMojibake, repairMojibake } from "./charset";

describe("repairMojibake", () => {
  it.each([
    ["Symantecâ„¢ certificates", "Symantec™ certificates"],
    ["LÃ¶sungen fÃ¼r Zertifikate", "Lösungen für Zertifikate"],
    ["Votre certificat a Ã©tÃ© rÃ©voquÃ©", "Votre certificat a été révoqué"],
    ["Donâ€™t wait â€“ renew", "Don’t wait – renew"],
    ["Ã\u00a0 partir du 9 avril", "à partir du 9 avril"],
    ["caf\u00c3\u00a9 read as Latin-1 \u00e2\u0080\u0099", "café read as Latin-1 ’"],
  ])("repairs %j", (broken, repaired) => {
    expect(hasMojibake(broken)).toBe(true);
    expect(repairMojibake(broken)).toBe(repaired);
  });

  it.each([
    "Größe, Gebühr, läuft ab – 15. Dezember",
    "Échéance : 9 avril 2026, révoqué",
    "NÃO é possível", // Portuguese capitals are not UTF-8 read wrongly
    "Preis: 89,99 €",
    "ä\u00a0\u00a0 Abstand",
  ])("leaves correct text alone: %j", (text) => {
    expect(repairMojibake(text)).toBe(text);
  });

  it("knows the legacy charsets the parser relies on in this runtime", () => {
    for (const charset of ["windows-1252", "iso-8859-1", "iso-8859-15", "utf-8"]) expect(canDecode(charset)).toBe(true);
    expect(canDecode("x-no-such-charset")).toBe(false);
  });
});

describe("repairMojibake on twice-broken text", () => {
  it("repairs UTF-8 that was read as Windows-1252 twice", () => {
    const twice = "L\u00c3\u0192\u00c2\u00b6sungen";
    expect(repairMojibake(twice)).toBe("Lösungen");
  });
});
