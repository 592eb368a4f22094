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
function startPlaces(words: readonly string[], places: WordPlaces): number[] {
  const lists = words.map(places).filter((list): list is readonly number[] => Boolean(list?.length));
  if (lists.length === 1) return lists[0] as number[];
  return [...new Set(lists.flat())].sort((a, b) => a - b);
}

/** A phrase's next match from a place on: a search through the text, or tries at the places it may start. */
function searcher(part: PhrasePart, text: string, places: WordPlaces | null): (from: number) => RegExpExecArray | null {
  if (!places || !part.starts) {
    return (from) => {
      part.re.lastIndex = from;
      return part.re.exec(text);
    };
  }
  const sticky = part.starts.re;
  const at = startPlaces(part.starts.words, places);
  let k = 0;
  return (from) => {
    while (k < at.length && at[k] < from) k++;
    for (; k < at.length; k++) {
      sticky.lastIndex = at[k];
      const m = sticky.exec(text);
      if (m) return m;
    }
    return null;
  };
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
  const live = phrases
    .filter((p) => !p.literals || p.literals.some(occurs))
    .map((p) => ({ search: searcher(p, text, places), next: undefined as RegExpExecArray | null | undefined }));
  let from = 0;
  for (;;) {
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
