import { DECIDE_NOW_THRESHOLDS } from "../../../shared/policy";
import type { Certificate } from "../certificates/schema";
import { type Component, dateValue, escapeText, utcStamp, writeCalendar } from "./ics";

const DAY_MS = 86_400_000;

function alarm(days: number, text: string): Component {
  return {
    name: "VALARM",
    properties: [
      ["ACTION", "DISPLAY"],
      ["TRIGGER", `-P${days}D`],
      ["DESCRIPTION", escapeText(text)],
    ],
  };
}

/** Reminders as the alerts raise them: renew at the account's thresholds, undecided at 45 and 14 days, let-lapse none. */
function alarms(certificate: Certificate, thresholds: number[]): Component[] {
  if (certificate.intent === "renew")
    return thresholds.map((days) => alarm(days, `${certificate.commonName} expires in ${days} days: renew it.`));
  if (certificate.intent === "undecided")
    return DECIDE_NOW_THRESHOLDS.map((days) =>
      alarm(days, `${certificate.commonName} expires in ${days} days: decide whether to renew it.`),
    );
  return [];
}

function event(certificate: Certificate, thresholds: number[], now: Date): Component {
  const end = new Date(certificate.notAfter);
  const description = [
    `Intent: ${certificate.intent}${certificate.intentReason ? ` (${certificate.intentReason})` : ""}`,
    certificate.vendor ? `Vendor: ${certificate.vendor}` : "",
    certificate.sans.length ? `Names: ${certificate.sans.join(", ")}` : "",
    `Expires: ${end.toISOString()}`,
  ].filter(Boolean);
  return {
    name: "VEVENT",
    properties: [
      // Stable across downloads, so a subscribed calendar updates the event instead of adding one.
      ["UID", `${certificate.id}-${dateValue(end)}@certitude`],
      ["DTSTAMP", utcStamp(now)],
      ["DTSTART;VALUE=DATE", dateValue(end)],
      ["DTEND;VALUE=DATE", dateValue(new Date(end.getTime() + DAY_MS))],
      ["SUMMARY", escapeText(`Certificate expires: ${certificate.commonName}`)],
      ["DESCRIPTION", escapeText(description.join("\n"))],
      ["CATEGORIES", escapeText(certificate.intent)],
      ["TRANSP", "TRANSPARENT"],
    ],
    components: alarms(certificate, thresholds),
  };
}

/** One VEVENT per certificate expiry (unparseable end dates are left out), with VALARM reminders. */
export function expiryCalendar(
  accountName: string,
  certificates: Certificate[],
  thresholds: number[],
  now: Date,
): string {
  const valid = certificates.filter((c) => !Number.isNaN(Date.parse(c.notAfter)));
  return writeCalendar({
    name: "VCALENDAR",
    properties: [
      ["VERSION", "2.0"],
      ["PRODID", "-//Certitude//Certificate expiries//EN"],
      ["CALSCALE", "GREGORIAN"],
      ["METHOD", "PUBLISH"],
      ["X-WR-CALNAME", escapeText(`Certitude: ${accountName}`)],
    ],
    components: valid.map((c) => event(c, thresholds, now)),
  });
}
