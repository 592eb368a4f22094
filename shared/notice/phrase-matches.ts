import type { LiteralScan, PhrasePart } from "./compile";

/** Where each rule word occurs in the text (ascending), or undefined where it does not. */
export type WordPlaces = (word: string) => readonly number[] | undefined;

/** The words of a scan (see compile.ts) that occur in a lower-cased text, each with its places, found in one pass. */
export function wordPlaces(lower: string, scan: LiteralScan | undefined): Map<string, number[]> {
  const present = new Map<string, number[]>();
  if (!scan) return present;
  for (const m of lower.matchAll(scan.re)) {
    for (const word of scan.implied.get(m[1]) ?? []) {
      const at = present.get(word);
      if (at) at.push(m.index);
      else present.set(word, [m.index]);
    }
  }
  return present;
}

/** The places a phrase may start, ascending: where one of its first words occurs. */
function startPlaces(words: readonly string[], places: WordPlaces): readonly number[] {
  let found: readonly number[] | undefined;
  let merged: number[] | undefined;
  for (const word of words) {
    const list = places(word);
    if (!list?.length) continue;
    if (!found) found = list;
    else merged = [...(merged ?? found), ...list];
  }
  // A place found twice (a word and a longer one at the same spot) is only tried twice.
  return merged ? merged.sort((a, b) => a - b) : (found ?? []);
}

/** One phrase's matches in order: a search through the text, or tries at the places it may start. */
class PhraseCursor {
  /** The first match at or after `from` of the last search, null for none, undefined before the first. */
  next: RegExpExecArray | null | undefined = undefined;
  private k = 0;

  constructor(
    private readonly part: PhrasePart,
    private readonly text: string,
    private readonly at: readonly number[] | null,
  ) {}

  search(from: number): RegExpExecArray | null {
    if (!this.at) {
      this.part.re.lastIndex = from;
      return this.part.re.exec(this.text);
    }
    const sticky = this.part.starts!.re;
    const at = this.at;
    while (this.k < at.length && at[this.k] < from) this.k++;
    for (; this.k < at.length; this.k++) {
      sticky.lastIndex = at[this.k];
      const m = sticky.exec(this.text);
      if (m) return m;
    }
    return null;
  }
}

/**
 * The matches of a rule's phrases, exactly as one alternation of them would find them (leftmost
 * first; at one position the earlier phrase wins; the next search starts where a match ended),
 * but each phrase runs on its own: a single expression keeps the quick search for its first
 * characters, a phrase none of whose words occur (`occurs` says) is not run at all, and one
 * whose matches start with known words is only tried where those words are (`places`, when the
 * places in the text are known).
 */
export function* phraseMatches(
  phrases: readonly PhrasePart[],
  text: string,
  occurs: (word: string) => boolean,
  places: WordPlaces | null = null,
): Generator<RegExpExecArray> {
  const live: PhraseCursor[] = [];
  for (const part of phrases) {
    if (part.literals && !part.literals.some(occurs)) continue;
    live.push(new PhraseCursor(part, text, places && part.starts ? startPlaces(part.starts.words, places) : null));
  }
  let from = 0;
  while (live.length) {
    let best: RegExpExecArray | null = null;
    for (const phrase of live) {
      // A match found from an earlier position that starts at or after `from` is still the first from `from`.
      if (phrase.next === undefined || (phrase.next && phrase.next.index < from)) phrase.next = phrase.search(from);
      if (phrase.next && (!best || phrase.next.index < best.index)) best = phrase.next;
    }
    if (!best) return;
    yield best;
    const end = best.index + best[0].length;
    from = best[0].length ? end : end + ((text.codePointAt(end) ?? 0) > 0xffff ? 2 : 1);
  }
}
