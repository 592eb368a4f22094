// Cheap pre-checks for rule expressions: a phrase can only match where one of its leading
// words occurs, so a rule whose leading words are all absent from a text is skipped without
// running its regular expression.

const LETTERS_RE = /^[\p{L}'’-]+/iu;
const LOOKAROUND_RE = /^\(\?<?[=!]/;

function closingParen(src: string, open: number): number {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    if (src[i] === "\\") i++;
    else if (src[i] === "(") depth++;
    else if (src[i] === ")" && --depth === 0) return i;
  }
  return -1;
}

function splitTopLevel(src: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < src.length; i++) {
    if (src[i] === "\\") i++;
    else if (src[i] === "(" || src[i] === "[") depth++;
    else if (src[i] === ")" || src[i] === "]") depth--;
    else if (src[i] === "|" && depth === 0) {
      parts.push(src.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(src.slice(start));
  return parts;
}

function isOptional(src: string, at: number): boolean {
  return /^(?:[?*]|\{0,)/.test(src.slice(at));
}

/**
 * Literal words one of which every match of a phrase must contain (lower case, at least three
 * letters), or null when this reading cannot name any.
 */
function leadingLiterals(src: string): string[] | null {
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    if (ch === "\\") {
      i += 2;
    } else if (ch === "(") {
      const close = closingParen(src, i);
      if (close < 0) return null;
      const lookaround = LOOKAROUND_RE.test(src.slice(i));
      if (!lookaround && !isOptional(src, close + 1)) {
        const inner = src.slice(i + (src.startsWith("(?:", i) ? 3 : 1), close);
        const alternatives = splitTopLevel(inner).map((alt) => leadingLiterals(alt));
        if (alternatives.every((a): a is string[] => a !== null)) return alternatives.flat();
      }
      i = close + 1;
    } else if (ch === "[") {
      i = src.indexOf("]", i + 1) + 1 || src.length;
    } else if (ch === "{") {
      i = src.indexOf("}", i + 1) + 1 || src.length;
    } else {
      const m = LETTERS_RE.exec(src.slice(i));
      if (!m) {
        i++;
        continue;
      }
      let word = m[0];
      const after = i + word.length;
      if (isOptional(src, after)) word = word.slice(0, -1); // its last letter is optional
      word = word.replace(/-$/, "");
      if (word.length >= 3) return [word.toLowerCase()];
      i = after;
    }
  }
  return null;
}

/** Words one of which every match of any of the phrases contains, or null when a phrase has none. */
export function leadingLiteralsOfAll(phrases: readonly string[]): string[] | null {
  const all: string[] = [];
  for (const phrase of phrases.flatMap(splitTopLevel)) {
    const literals = leadingLiterals(phrase);
    if (!literals) return null;
    all.push(...literals);
  }
  return [...new Set(all)];
}

/**
 * Words one of which every match of a phrase starts with (lower case, at least three letters),
 * or null when this reading cannot tell. Look-arounds and `\b` before the first word take no
 * characters, so the match still starts at that word.
 */
export function startingLiterals(src: string): string[] | null {
  const alternatives = splitTopLevel(src);
  if (alternatives.length > 1) {
    const each = alternatives.map(startingLiterals);
    return each.every((a): a is string[] => a !== null) ? [...new Set(each.flat())] : null;
  }
  let i = 0;
  while (src.startsWith("\\b", i) || LOOKAROUND_RE.test(src.slice(i))) {
    if (src[i] === "\\") i += 2;
    else {
      const close = closingParen(src, i);
      if (close < 0) return null;
      i = close + 1;
    }
  }
  if (src[i] === "(") {
    if (!src.startsWith("(?:", i)) return null;
    const close = closingParen(src, i);
    if (close < 0 || /^(?:\+|\{[1-9])/.test(src.slice(close + 1))) return null;
    const alternatives = splitTopLevel(src.slice(i + 3, close)).map(startingLiterals);
    // An optional group ("(?:renewal )?order") starts the match or leaves it to what follows.
    if (isOptional(src, close + 1)) {
      const rest = src.slice(close + 1).replace(/^(?:[?*]|\{0,\d*\})\??/, "");
      alternatives.push(rest ? startingLiterals(rest) : null);
    }
    return alternatives.every((a): a is string[] => a !== null) ? [...new Set(alternatives.flat())] : null;
  }
  const m = LETTERS_RE.exec(src.slice(i));
  if (!m) return null;
  // A quantifier after the word makes its last letter optional or repeated: keep the letters before it.
  const word = /^[?*+{]/.test(src.slice(i + m[0].length)) ? m[0].slice(0, -1) : m[0];
  return word.length >= 3 ? [word.toLowerCase()] : null;
}
