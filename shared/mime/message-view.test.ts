import { describe, expect, it } from "vitest";
import { cleanSubject, parseHeaderDate, toMailbox } from "./message-view";

describe("message view helpers", () => {
  it("reads the ISO date postal-mime produces and mangled dates it could not", () => {
    expect(parseHeaderDate("2026-11-09T09:14:00.000Z")?.toISOString()).toBe("2026-11-09T09:14:00.000Z");
    expect(parseHeaderDate("Montag, 9. November 2026 10:14:00 +0100")?.toISOString()).toBe("2026-11-09T09:14:00.000Z");
    expect(parseHeaderDate("not a date")).toBeNull();
    expect(parseHeaderDate(undefined)).toBeNull();
  });

  it("repairs and tidies names, lower-cases addresses", () => {
    expect(toMailbox("  PSW GROUP  Zertifikatsservice ", "Zertifikate@PSW-Group.de")).toEqual({
      name: "PSW GROUP Zertifikatsservice",
      address: "zertifikate@psw-group.de",
    });
    expect(toMailbox("GlobalSign FacturaciÃ³n", "billing@globalsign.com").name).toBe("GlobalSign Facturación");
  });

  it("composes decomposed accents", () => {
    expect(cleanSubject("Votre certificat a e\u0301te\u0301 re\u0301voque\u0301")).toBe(
      "Votre certificat a été révoqué",
    );
  });

  it("collapses a folded subject and bounds its length", () => {
    expect(cleanSubject("Your certificate\n\t expires in 30 days")).toBe("Your certificate expires in 30 days");
    expect(cleanSubject("x".repeat(5000)).length).toBe(2000);
    expect(cleanSubject(undefined)).toBe("");
  });
});
