import { expect, it } from "vitest";
import { daysUntil, reachedThreshold, reminderFor } from "./thresholds";

const now = new Date("2026-11-21T06:00:00Z");

it("counts days left rounded up", () => {
  expect(daysUntil("2026-12-05T00:00:00Z", now)).toBe(14);
  expect(daysUntil("2026-11-21T07:00:00Z", now)).toBe(1);
  expect(daysUntil("2026-11-21T05:00:00Z", now)).toBe(0);
});

it("picks the tightest threshold reached, none before the first or after expiry", () => {
  const t = [30, 14, 7, 3, 1];
  expect(reachedThreshold(31, t)).toBeNull();
  expect(reachedThreshold(30, t)).toBe(30);
  expect(reachedThreshold(15, t)).toBe(30);
  expect(reachedThreshold(10, t)).toBe(14);
  expect(reachedThreshold(2, t)).toBe(3);
  expect(reachedThreshold(1, t)).toBe(1);
  expect(reachedThreshold(0, t)).toBeNull();
});

it("gives let-lapse certificates no reminder", () => {
  expect(reminderFor("renew")).toBe("expiry-reminder");
  expect(reminderFor("undecided")).toBe("decide-now");
  expect(reminderFor("let-lapse")).toBeNull();
});
