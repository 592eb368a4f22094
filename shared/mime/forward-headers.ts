import { decodeWords } from "postal-mime";
import { FIELD_LABELS } from "./forward-lexicon";
import { toMailbox } from "./message-view";
import type { Mailbox } from "./types";

/** The header fields of an inline forward, as written (values not yet interpreted). */
export interface ForwardFields {
  from?: string;
  date?: string;
  subject?: string;
  to?: string;
  cc?: string;
  /** Reply-To, priority, attachments: read past, not used. */
  other?: string;
}

type Field = keyof ForwardFields;

const LABEL_TO_FIELD = new Map<string, Field>();
for (const [field, labels] of Object.entries(FIELD_LABELS))
  for (const label of labels) LABEL_TO_FIELD.set(label, field as Field);
const LABELS = [...LABEL_TO_FIELD.keys()].sort((a, b) => b.length - a.length).map((l) => l.replace(/ /g, "\\s+"));
// "From: x", "*Von:* x", "De : x" (French spacing), "Subject:\tx" (Thunderbird's table).
const LABEL_LINE = new RegExp(`^[\\s>]*\\*?(${LABELS.join("|")})\\*?\\s*:\\*?(?:\\s+|$)(.*)$`, "iu");
const MAX_BLOCK_LINES = 16;

/** The field a line labels and its value, e.g. `Betreff: Ihr Zertifikat` → subject. */
export function labelledLine(line: string): { field: Field; label: string; value: string } | null {
  if (line.length > 2000 || !line.includes(":")) return null;
  const m = LABEL_LINE.exec(line);
  if (!m) return null;
  const label = m[1].toLowerCase().replace(/\s+/g, " ");
  const field = LABEL_TO_FIELD.get(label);
  return field ? { field, label, value: m[2].trim() } : null;
}

// English clients write numeric dates month first (11/9/2026); the others day first.
const ENGLISH_LABELS = new Set(["from", "sent", "subject", "to"]);

// A long value folds onto an indented line; a To or Cc wraps onto lines of further
// addresses; a label with its value on the next line (Thunderbird's table) is empty until then.
function isContinuation(line: string, field: Field, value: string | undefined): boolean {
  if (!value) return true;
  if (/^\s/.test(line)) return true;
  return (field === "to" || field === "cc") && line.includes("@") && !line.includes(": ");
}

/**
 * Reads the header block of an inline forward starting at `lines[start]`: labelled lines
 * (continuation lines of a long To or Cc joined), up to the first blank line after them.
 * Returns the fields and the index of the first body line.
 */
export function readHeaderBlock(
  lines: string[],
  start: number,
): { fields: ForwardFields; end: number; english: boolean } {
  const fields: ForwardFields = {};
  let english = false;
  let i = start;
  let last: Field | null = null;
  let count = 0;
  while (i < lines.length && i < start + 3 && !lines[i].trim()) i++;
  for (; i < lines.length && i < start + MAX_BLOCK_LINES; i++) {
    // Apple Mail quotes the forwarded headers too: "> From: …", and ">" alone for a blank line.
    const line = lines[i].replace(/^\s*>+ ?/, "");
    if (!line.trim()) {
      if (count > 0) break;
      continue;
    }
    const labelled = labelledLine(line);
    if (labelled) {
      if (fields[labelled.field] === undefined) fields[labelled.field] = labelled.value;
      if (labelled.field === "from") english = ENGLISH_LABELS.has(labelled.label);
      last = labelled.field;
      count++;
    } else if (last && isContinuation(line, last, fields[last])) {
      fields[last] = `${fields[last] ?? ""} ${line.trim()}`.trim().slice(0, 4000);
    } else break;
  }
  return { fields, end: i, english };
}

const ADDRESS = /[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/u;

/**
 * A mailbox written in a forward's header: `Name <addr>`, `"Name" <addr>`,
 * `Name [mailto:addr]`, `Name <addr<mailto:addr>>`, a bare address, or a name alone.
 */
export function parseForwardMailbox(value: string): Mailbox | null {
  const text = decodeWords(value.slice(0, 1000)).replace(/\*/g, "").trim();
  if (!text) return null;
  const address = ADDRESS.exec(text)?.[0] ?? "";
  const cut = text.search(/[<[(]|mailto:/i);
  let name = (cut >= 0 ? text.slice(0, cut) : address ? text.replace(address, "") : text).trim();
  name = name
    .replace(/^["'“”]+|["'“”]+$/g, "")
    .replace(/[,;]+$/, "")
    .trim();
  if (name.toLowerCase() === address) name = "";
  return toMailbox(name, address);
}

/** Every mailbox in a forward's To or Cc line (separated by commas or semicolons). */
export function parseForwardMailboxes(value: string | undefined): Mailbox[] {
  if (!value) return [];
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  const text = value.slice(0, 4000);
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '"') quoted = !quoted;
    else if (!quoted && (text[i] === "," || text[i] === ";")) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts
    .slice(0, 100)
    .map(parseForwardMailbox)
    .filter((m): m is Mailbox => m !== null);
}
