import type { Assessment } from "../../../shared/notice/types";

/**
 * Reads a JSON column defensively. Rows written before import validated its input may hold
 * anything; one unreadable cell must not fail a route or the cron, so it reads as `fallback`
 * and is logged (table and column only, never the cell's content).
 */
function readJson<T>(text: string | null, where: string, accept: (value: unknown) => value is T, fallback: T): T {
  if (text === null) return fallback;
  try {
    const value: unknown = JSON.parse(text);
    if (accept(value)) return value;
  } catch {
    // Falls through to the log below: a parse error and a wrong shape are the same problem.
  }
  console.warn(`unreadable JSON in ${where}: read as the default`);
  return fallback;
}

function isArray(value: unknown): value is unknown[] {
  return Array.isArray(value);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A JSON array of strings (`sans`, `crl_urls`, ...); anything unreadable is `[]`. */
export function stringList(text: string | null, where: string): string[] {
  return readJson(text, where, isArray, []).map(String);
}

/** A JSON object (`data` of alerts and timeline events); anything unreadable is `{}`. */
export function jsonObject(text: string | null, where: string): Record<string, unknown> {
  return readJson(text, where, isObject, {});
}

/** Days before expiry, each a whole number from 1 to 365; anything else is `fallback`. */
export function thresholdList(text: string | null, where: string, fallback: number[]): number[] {
  const isThresholds = (value: unknown): value is number[] =>
    Array.isArray(value) && value.length > 0 && value.every((n) => Number.isInteger(n) && n >= 1 && n <= 365);
  return readJson(text, where, isThresholds, fallback);
}

function isAssessment(value: unknown): value is Assessment {
  return (
    isObject(value) &&
    typeof value.kind === "string" &&
    Array.isArray(value.claims) &&
    Array.isArray(value.reasons) &&
    Array.isArray(value.spoofReasons) &&
    Array.isArray(value.dates) &&
    isObject(value.sender)
  );
}

/** A notice's stored assessment, or `fallback` (built from the notice's own columns) when unreadable. */
export function storedAssessment(text: string, where: string, fallback: () => Assessment): Assessment {
  const value = readJson<Assessment | null>(text, where, (v): v is Assessment | null => isAssessment(v), null);
  return value ?? fallback();
}

/** A JSON array of objects (`account_settings.channels`); anything unreadable is `fallback`. */
export function objectList<T>(text: string | null, where: string, fallback: T[]): T[] {
  const isObjects = (value: unknown): value is T[] => Array.isArray(value) && value.every(isObject);
  return readJson(text, where, isObjects, fallback);
}
