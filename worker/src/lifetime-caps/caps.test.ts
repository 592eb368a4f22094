import { describe, expect, it } from "vitest";
import { CAP_BEFORE_SC081, LIFETIME_CAPS } from "./caps";
import { capOn, manualRenewal, renewalsPerYear, stepAhead } from "./renewals";

const EXPECTED = [
  { from: "2026-03-15", maxDays: 200, dcvReuseDays: 200, renewals: 2 },
  { from: "2027-03-15", maxDays: 100, dcvReuseDays: 100, renewals: 4 },
  { from: "2029-03-15", maxDays: 47, dcvReuseDays: 10, renewals: 8 },
];

describe.each(EXPECTED.map((e, i) => [e.from, e, LIFETIME_CAPS[i]] as const))("SC-081 step %s", (_, expected, cap) => {
  it("has its lifetime, validation reuse, renewals a year and a source", () => {
    expect(cap).toMatchObject({ from: expected.from, maxDays: expected.maxDays, dcvReuseDays: expected.dcvReuseDays });
    expect(renewalsPerYear(cap.maxDays)).toBe(expected.renewals);
    expect(cap.source).toMatch(/SC-081v3, https:\/\/cabforum\.org\//);
  });

  it("is in force from its first day, not the day before", () => {
    const day = new Date(`${cap.from}T00:00:00Z`);
    expect(capOn(day)).toBe(cap);
    expect(capOn(new Date(day.getTime() - 1)).maxDays).toBeGreaterThan(cap.maxDays);
    expect(stepAhead(new Date(day.getTime() - 30 * 86_400_000))).toBe(cap);
  });
});

it("keeps the steps in order and starts from 398 days", () => {
  expect(capOn(new Date("2026-03-14T12:00:00Z"))).toBe(CAP_BEFORE_SC081);
  expect(CAP_BEFORE_SC081.maxDays).toBe(398);
  expect(LIFETIME_CAPS.map((c) => c.from)).toEqual([...LIFETIME_CAPS.map((c) => c.from)].sort());
});

it("shows renewals a year only for renew certificates renewed by hand", () => {
  const now = new Date("2026-12-08T00:00:00Z");
  expect(manualRenewal({ intent: "renew", autoRenew: false }, now)).toMatchObject({
    maxDays: 200,
    renewalsPerYear: 2,
    upcoming: [
      { from: "2027-03-15", maxDays: 100, renewalsPerYear: 4 },
      { from: "2029-03-15", maxDays: 47, renewalsPerYear: 8 },
    ],
  });
  expect(manualRenewal({ intent: "renew", autoRenew: true }, now)).toBeNull();
  expect(manualRenewal({ intent: "let-lapse", autoRenew: false }, now)).toBeNull();
});
