// Accumulates rendered text with at most one separator between two pieces: the strongest
// break asked for since the last piece (cell tab, line, paragraph).

/** Separator strength: none, table cell, line, paragraph. */
export type Break = 0 | 1 | 2 | 3;

/** Text of an HTML document as a reader sees it, built piece by piece. */
export class TextWriter {
  private chunks: string[] = [];
  private pending: Break = 0;
  private written = false;

  /** Asks for at least this separator before the next piece of text. */
  breakAt(kind: Break): void {
    if (kind > this.pending) this.pending = kind;
  }

  /** Adds a piece of text whose whitespace is already collapsed. */
  write(text: string): void {
    if (!text.trim()) {
      if (text && this.written && this.pending === 0) this.chunks.push(" ");
      return;
    }
    if (this.written && this.pending) this.chunks.push(this.pending === 1 ? "\t" : this.pending === 2 ? "\n" : "\n\n");
    this.pending = 0;
    this.written = true;
    this.chunks.push(text);
  }

  /** The text, with spaces around separators and runs of blank lines removed. */
  toString(): string {
    return this.chunks
      .join("")
      .replace(/ {2,}/g, " ")
      .replace(/[ \t]*\n[ \t]*/g, "\n")
      .replace(/ *\t[ \t]*/g, "\t")
      .replace(/\n{3,}/g, "\n\n")
      .trim();
  }
}
