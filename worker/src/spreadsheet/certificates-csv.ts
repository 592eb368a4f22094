import type { Certificate } from "../certificates/schema";

/** Characters that make a spreadsheet read a cell as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: formula-like text is prefixed with ' and the cell is quoted when RFC 4180 asks for it. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  let text = value === null || value === undefined ? "" : String(value);
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const COLUMNS: [string, (c: Certificate) => string | number | boolean | null][] = [
  ["id", (c) => c.id],
  ["commonName", (c) => c.commonName],
  ["sans", (c) => c.sans.join(" ")],
  ["vendor", (c) => c.vendor],
  ["issuer", (c) => c.issuerCN],
  ["notBefore", (c) => c.notBefore],
  ["notAfter", (c) => c.notAfter],
  ["status", (c) => c.status],
  ["intent", (c) => c.intent],
  ["intentReason", (c) => c.intentReason],
  ["autoRenew", (c) => c.autoRenew],
  ["orderNumbers", (c) => c.orderNumbers.join(" ")],
  ["serialNumber", (c) => c.serialNumber],
  ["fingerprintSha256", (c) => c.fingerprintSha256],
];

/** The certificates as RFC 4180 CSV: a header row, CRLF line ends. */
export function certificatesCsv(certificates: Certificate[]): string {
  const rows = [COLUMNS.map(([name]) => name), ...certificates.map((c) => COLUMNS.map(([, read]) => csvCell(read(c))))];
  return rows.map((row) => row.join(",")).join("\r\n") + "\r\n";
}
