/**
 * PEM blocks found in one pass. A regular expression with a lazy body and a back-reference
 * (`BEGIN (L)… END \1`) restarts its scan at every BEGIN line, so a megabyte of BEGIN lines
 * without an END cost seconds of CPU; here every character is looked at a bounded number of
 * times, whatever the text (scripts/pem-bench.ts, pem-scan.test.ts).
 */

/** One `-----BEGIN <label>----- … -----END <label>-----` block, before its body is cleaned. */
export interface RawPemBlock {
  label: string;
  /** The text between the BEGIN and the END line. */
  body: string;
}

/** What one scan found; `work` counts the characters the scan examined (at most a few per character of text). */
export interface PemScan {
  blocks: RawPemBlock[];
  /** A BEGIN line with no END line of its label before the next BEGIN line or the end of the text. */
  unterminated: boolean;
  work: number;
}

const BEGIN = "-----BEGIN ";
const DASHES = "-----";
/** Real labels are a few words (`ENCRYPTED PRIVATE KEY`); a longer run is not a label. */
const MAX_PEM_LABEL = 64;
/** Characters one look for a label may examine. */
const LABEL_LOOK = MAX_PEM_LABEL + 1 + 5;

/** Scans `text` once for PEM blocks, in order; never backtracks. */
export function scanPem(text: string): PemScan {
  const blocks: RawPemBlock[] = [];
  let work = 0;
  let position = 0;
  for (;;) {
    const begin = text.indexOf(BEGIN, position);
    work += (begin < 0 ? text.length : begin + BEGIN.length) - position;
    if (begin < 0) return { blocks, unterminated: false, work };
    const label = labelAt(text, begin);
    work += LABEL_LOOK;
    if (label === null) {
      position = begin + BEGIN.length; // "-----BEGIN " without a label and dashes: not a BEGIN line
      continue;
    }
    const bodyStart = begin + BEGIN.length + label.length + DASHES.length;
    const end = text.indexOf(`-----END ${label}${DASHES}`, bodyStart);
    work += (end < 0 ? text.length : end) - bodyStart;
    if (end < 0) return { blocks, unterminated: true, work };
    const body = text.slice(bodyStart, end);
    // A BEGIN line inside the body is a block whose END is missing (a truncated paste).
    for (let inner = body.indexOf(BEGIN); inner >= 0; inner = body.indexOf(BEGIN, inner + 1)) {
      work += LABEL_LOOK;
      if (labelAt(text, bodyStart + inner) !== null) return { blocks, unterminated: true, work: work + body.length };
    }
    work += body.length;
    blocks.push({ label, body });
    position = end + label.length + 14;
  }
}

/** The label of a BEGIN line at `at` (A–Z, 0–9 and spaces, then dashes), or null when there is none. */
function labelAt(text: string, at: number): string | null {
  const from = at + BEGIN.length;
  let i = from;
  while (i < text.length && i - from <= MAX_PEM_LABEL && isLabelChar(text.charCodeAt(i))) i++;
  if (i === from || i - from > MAX_PEM_LABEL || !text.startsWith(DASHES, i)) return null;
  return text.slice(from, i);
}

function isLabelChar(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 32;
}
