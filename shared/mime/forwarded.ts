import { decodeWords } from "postal-mime";
import { centralEuropeanOffset, headerOffsetMinutes, parseLocalizedDate } from "./forward-date";
import { parseForwardMailbox, parseForwardMailboxes } from "./forward-headers";
import { FORWARD_PREFIX, REPLY_PREFIX, SUBJECT_PREFIX } from "./forward-lexicon";
import { findInlineForward, type InlineForward, type SubjectHint } from "./inline-forward";
import { cleanSubject } from "./message-view";
import { parseMessage, type ParsedMessage } from "./parse-message";
import type { MessageView, ParsedEmail } from "./types";

// A notice forwarded inside a forward inside a forward is plausible; more is hostile.
const MAX_FORWARD_DEPTH = 6;

function subjectHint(subject: string): SubjectHint {
  return FORWARD_PREFIX.test(subject) ? "forward" : REPLY_PREFIX.test(subject) ? "reply" : "neither";
}

/** The forwarded message an inline forward holds, read from its header block and body. */
function inlineView(
  inline: InlineForward,
  carrier: MessageView,
  fallbackOffset: number,
  problems: string[],
): MessageView {
  const { fields } = inline;
  let date = fields.date ? parseLocalizedDate(fields.date, { monthFirst: inline.english, fallbackOffset }) : null;
  // Exchange stamps Date in UTC while the forward header shows the forwarder's local time;
  // with labels in a continental language that time is most likely Central European.
  if (date && fields.date && fallbackOffset === 0 && !inline.english) {
    const offset = centralEuropeanOffset(date);
    date = parseLocalizedDate(fields.date, { monthFirst: false, fallbackOffset: offset }) ?? date;
  }
  if (!date) {
    if (fields.date)
      problems.push(
        `The forwarded message's date "${fields.date.slice(0, 80)}" could not be read; the forward's date is used.`,
      );
    date = carrier.date;
  }
  const from = fields.from ? parseForwardMailbox(fields.from) : null;
  if (!from) problems.push("The forwarded message names no sender.");
  const subject =
    fields.subject !== undefined
      ? cleanSubject(decodeWords(fields.subject))
      : cleanSubject(carrier.subject.replace(SUBJECT_PREFIX, ""));
  return {
    from,
    to: parseForwardMailboxes(fields.to),
    subject,
    date,
    messageId: null,
    text: inline.body,
    headers: {},
    authResults: [],
  };
}

/**
 * Finds the innermost forwarded notice: a `message/rfc822` attachment (parsed with its own
 * headers and Authentication-Results) or an inline forward in the body, repeatedly. The
 * outermost message becomes `forwarder`, with its own words as `note`.
 */
export async function unwrapForwards(outer: ParsedMessage, problems: string[]): Promise<ParsedEmail> {
  let current = outer;
  let style: ParsedEmail["forwardStyle"] = "none";
  let note: string | null = null;
  let source: Uint8Array | undefined;
  // Forward headers rarely state a zone: read them in the zone of the last real Date header.
  let offset = headerOffsetMinutes(outer.view.headers.date?.[0]);
  for (let depth = 0; depth < MAX_FORWARD_DEPTH; depth++) {
    const attached = current.attached[0];
    if (attached) {
      note ??= current.view.text;
      current = await parseMessage(attached, problems);
      source = attached;
      offset = current.view.headers.date ? headerOffsetMinutes(current.view.headers.date[0]) : offset;
      style = "attachment";
      continue;
    }
    const inline = findInlineForward(current.view.text, subjectHint(current.view.subject));
    if (!inline) break;
    note ??= inline.note;
    current = { view: inlineView(inline, current.view, offset, problems), attached: [] };
    style = "inline";
    source = undefined;
  }
  if (style === "none") return { notice: outer.view, forwarder: null, forwardStyle: "none", problems };
  const forwarder = { ...outer.view, note: note ?? "" };
  return {
    notice: current.view,
    forwarder,
    forwardStyle: style,
    problems,
    ...(source ? { noticeSource: source } : {}),
  };
}
