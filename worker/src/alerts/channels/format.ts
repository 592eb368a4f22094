import type { Alert } from "../enqueue";

/** The facts every certificate alert shows, whatever the channel. */
export interface AlertFacts {
  title: string;
  message: string;
  /** Label/value pairs: days left, expiry date, intent (empty for account-wide alerts). */
  fields: { name: string; value: string }[];
  link: string | null;
}

function daysLeftText(days: number): string {
  if (days > 0) return `${days}`;
  if (days === 0) return "0 (expires today)";
  return `${days} (expired ${-days} day${days === -1 ? "" : "s"} ago)`;
}

/** Days left, expiry date and intent from the alert's data, and the link to the certificate. */
export function alertFacts(alert: Alert, link: string | null): AlertFacts {
  const data = alert.data;
  const fields: AlertFacts["fields"] = [];
  if (typeof data.daysLeft === "number") fields.push({ name: "Days left", value: daysLeftText(data.daysLeft) });
  if (typeof data.notAfter === "string") fields.push({ name: "Expires", value: data.notAfter.slice(0, 10) });
  if (typeof data.intent === "string") fields.push({ name: "Intent", value: data.intent });
  return { title: alert.title, message: alert.message, fields, link };
}

/** Facts as plain text lines (e-mail, ntfy, chat services without cards). */
export function factLines(facts: AlertFacts): string[] {
  const lines = facts.fields.length ? [facts.fields.map((f) => `${f.name}: ${f.value}`).join(" · ")] : [];
  if (facts.link) lines.push(facts.link);
  return lines;
}

/** Cuts text to `max` characters with an ellipsis (services reject longer fields). */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
