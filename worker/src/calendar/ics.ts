// A small iCalendar (RFC 5545) writer: CRLF line ends, TEXT escaping, lines folded at 75 octets.

const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/** Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/**
 * Folds a content line (RFC 5545 §3.1): no line longer than 75 octets, continuation lines start
 * with one space, and a multi-byte character is never split.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Continuation lines carry the leading space within their 75 octets.
    const limit = parts.length ? MAX_OCTETS - 1 : MAX_OCTETS;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

/** A property line, e.g. `["SUMMARY", "text"]` or `["DTSTART;VALUE=DATE", "20270301"]`. */
export type Property = [name: string, value: string];

/** One component (VEVENT, VALARM…) with its properties and nested components. */
export interface Component {
  name: string;
  properties: Property[];
  components?: Component[];
}

function lines(component: Component): string[] {
  return [
    `BEGIN:${component.name}`,
    ...component.properties.map(([name, value]) => foldLine(`${name}:${value}`)),
    ...(component.components ?? []).flatMap(lines),
    `END:${component.name}`,
  ];
}

/** The calendar as text: every line ends with CRLF. */
export function writeCalendar(calendar: Component): string {
  return lines(calendar).join("\r\n") + "\r\n";
}

/** A UTC date-time in the basic format, e.g. 20261207T235252Z. */
export function utcStamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

/** A DATE value, e.g. 20270301. */
export function dateValue(date: Date): string {
  return date.toISOString().slice(0, 10).replace(/-/g, "");
}
