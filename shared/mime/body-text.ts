import type { Email } from "postal-mime";
import { composed, INVISIBLE_CHARACTERS, repairMojibake } from "./charset";
import { restates, unionContent, words } from "./content";

// Bounds on what is read of one message, so hostile mail costs bounded time.
const MAX_BODIES = 50;
const MAX_PART_CHARS = 1_000_000;

type TextItem = { type: string; value: unknown };
type TextEntry = { plain?: TextItem[]; html?: TextItem[] };
/**
 * postal-mime keeps, per body (a single text part or one multipart/alternative), its plain
 * and HTML representations apart before it merges them, converting the missing one with
 * its own HTML renderer. We read that map so the union is made per body with our renderer,
 * which drops hidden preheaders. It is not part of postal-mime's typed API, so its shape is
 * checked and the merged `text`/`html` are the fallback.
 */
type ParserInternals = { textMap?: unknown };

function joined(items: TextItem[] | undefined): string {
  return (items ?? [])
    .filter((item) => item.type === "text" && typeof item.value === "string")
    .map((item) => item.value as string)
    .join("\n");
}

function bounded(text: string, problems: string[]): string {
  if (text.length <= MAX_PART_CHARS) return text;
  problems.push(`A body part of ${text.length} characters was cut to its first ${MAX_PART_CHARS}.`);
  return text.slice(0, MAX_PART_CHARS);
}

/** The content of a parsed message as text: every body's plain ∪ HTML, mojibake repaired. */
export function bodyText(parser: object, email: Email, problems: string[]): string {
  const textMap = (parser as ParserInternals).textMap;
  const bodies: string[] = [];
  const known = new Set<string>();
  let wordsRead = 0;
  if (textMap instanceof Map && textMap.size > 0) {
    let count = 0;
    for (const entry of textMap.values() as Iterable<TextEntry>) {
      if (++count > MAX_BODIES) {
        problems.push(`Only the first ${MAX_BODIES} of ${textMap.size} body parts were read.`);
        break;
      }
      const text = unionContent(bounded(joined(entry.plain), problems), bounded(joined(entry.html), problems));
      if (!text) continue;
      // Senders that put the plain and HTML versions side by side in multipart/mixed (not
      // alternative) would otherwise say everything twice. The words of the bodies kept so
      // far are gathered only when a second body comes to be compared.
      for (; wordsRead < bodies.length; wordsRead++) for (const word of words(bodies[wordsRead])) known.add(word);
      if (bodies.length > 0 && restates(known, text)) continue;
      bodies.push(text);
    }
  } else {
    bodies.push(unionContent(bounded(email.text ?? "", problems), bounded(email.html ?? "", problems)));
  }
  // Line ends are already LF: unionContent normalises plain text and htmlToText writes none.
  const text = bodies.join("\n\n").replace(INVISIBLE_CHARACTERS, "");
  // Composed form: mail from macOS may spell é as e + combining accent, which no lexicon matches.
  return composed(repairMojibake(text));
}
