import type { PhrasePart } from "./compile";

/**
 * The matches of a rule's phrases, exactly as one alternation of them would find them (leftmost
 * first; at one position the earlier phrase wins; the next search starts where a match ended),
 * but each phrase runs on its own: a single expression keeps the quick search for its first
 * characters, and a phrase none of whose words occur (`occurs` says) is not run at all.
 */
export function* phraseMatches(phrases: readonly PhrasePart[], text: string, occurs: (word: string) => boolean): Generator<RegExpExecArray> {
  const live = phrases.filter((p) => !p.literals || p.literals.some(occurs)).map((p) => ({ re: p.re, next: undefined as RegExpExecArray | null | undefined }));
  let from = 0;
  for (;;) {
    let best: RegExpExecArray | null = null;
    for (const phrase of live) {
      // A match found from an earlier position that starts at or after `from` is still the first from `from`.
      if (phrase.next === undefined || (phrase.next && phrase.next.index < from)) {
        phrase.re.lastIndex = from;
        phrase.next = phrase.re.exec(text);
      }
      if (phrase.next && (!best || phrase.next.index < best.index)) best = phrase.next;
    }
    if (!best) return;
    yield best;
    const end = best.index + best[0].length;
    from = best[0].length ? end : end + ((text.codePointAt(end) ?? 0) > 0xffff ? 2 : 1);
  }
}
