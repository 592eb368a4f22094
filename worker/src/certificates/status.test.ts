import { describe, expect, it } from "vitest";
import { computeStatus } from "./status";

const now = new Date("2026-11-21T12:00:00.000Z");
const at = (iso: string) => ({ notAfter: iso });

describe("computeStatus", () => {
  it("is active with more than 30 days left and expiring with 30 or fewer", () => {
    expect(computeStatus({ ...at("2026-12-21T12:00:01.000Z"), intent: "renew" }, now)).toBe("active");
    expect(computeStatus({ ...at("2026-12-21T12:00:00.000Z"), intent: "renew" }, now)).toBe("expiring");
    expect(computeStatus({ ...at("2026-11-21T12:00:01.000Z"), intent: "let-lapse" }, now)).toBe("expiring");
  });

  it("is expired from notAfter on, or lapsed when the owner chose to let it lapse", () => {
    expect(computeStatus({ ...at("2026-11-21T12:00:00.000Z"), intent: "renew" }, now)).toBe("expired");
    expect(computeStatus({ ...at("2026-01-01"), intent: "undecided" }, now)).toBe("expired");
    expect(computeStatus({ ...at("2026-01-01"), intent: "let-lapse" }, now)).toBe("lapsed");
  });
});
