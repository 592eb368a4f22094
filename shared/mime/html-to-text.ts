import { INVISIBLE_CHARACTERS } from "./charset";
import { decodeEntities } from "./html-entities";
import { type Break, TextWriter } from "./text-writer";
import { hiddenClassesOf, styleHides } from "./hidden-style";

const VOID = new Set("area base br col embed hr img input link meta param source track wbr".split(" "));
// Elements whose content is never shown; `style` is read for class rules that hide things.
const RAW_TEXT = new Set(["script", "style", "title", "template", "noscript", "xml", "textarea", "svg"]);
const PARAGRAPH = new Set("p h1 h2 h3 h4 h5 h6 table blockquote pre ul ol dl hr center".split(" "));
const LINE = new Set(
  "br div tr li dt dd section article header footer main nav aside form fieldset figure figcaption caption address tbody thead tfoot".split(
    " ",
  ),
);
const CELL = new Set(["td", "th"]);
const LABELS = new Set(["a", "button"]);
const MAX_STACK = 256;
const TAG_NAME = /[a-zA-Z][a-zA-Z0-9:-]{0,39}/y;
// Attributes are read from the first 8 KB of a tag: a broken tag can run for megabytes.
const MAX_TAG_CHARS = 8192;

interface Open {
  name: string;
  hidden: boolean;
}

const NO_ATTRIBUTES: ReadonlyMap<string, string> = new Map();

// Attributes are read in order, each value whole, so `title="style=display:none"` cannot
// pass for a style; only the ones that decide what is shown are kept.
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
const WANTED = new Set(["style", "class", "id", "hidden", "width", "height", "alt"]);

function attributes(tag: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of tag.matchAll(ATTRIBUTE)) {
    const name = m[1].toLowerCase();
    if (WANTED.has(name) && !attrs.has(name)) attrs.set(name, m[2] ?? m[3] ?? m[4] ?? "");
  }
  return attrs;
}

function hides(attrs: ReadonlyMap<string, string>, hiddenClasses: Set<string>): boolean {
  if (attrs.has("hidden")) return true;
  const style = attrs.get("style");
  if (style && styleHides(style)) return true;
  if (hiddenClasses.size === 0) return false;
  const id = attrs.get("id");
  if (id && hiddenClasses.has(`#${id.toLowerCase()}`)) return true;
  const classes = attrs.get("class");
  return Boolean(
    classes &&
      classes
        .toLowerCase()
        .split(/\s+/)
        .some((c) => hiddenClasses.has(c)),
  );
}

function isPixel(attrs: ReadonlyMap<string, string>): boolean {
  const size = (name: string) => parseInt(attrs.get(name) ?? "", 10);
  return size("width") <= 2 || size("height") <= 2;
}

const closingTags = new Map<string, RegExp>();
function closingTag(name: string): RegExp {
  let pattern = closingTags.get(name);
  if (!pattern) {
    pattern = new RegExp(`</${name}\\s*>`, "ig");
    closingTags.set(name, pattern);
  }
  return pattern;
}

/** Whether the quote at `at` opens an attribute value (`=` before it, spaces allowed). */
function afterEquals(html: string, at: number): boolean {
  for (let j = at - 1; j >= 0 && j >= at - 8; j--) {
    const ch = html[j];
    if (ch === "=") return true;
    if (ch !== " " && ch !== "\t" && ch !== "\n" && ch !== "\r") return false;
  }
  return false;
}

/** Finds where a tag ends (`>` outside quoted attribute values); -1 when it never does. */
function tagEnd(html: string, from: number, lastQuote: { '"': number; "'": number }): number {
  for (let i = from; i < html.length; i++) {
    const ch = html[i];
    if (ch === ">") return i;
    if ((ch === '"' || ch === "'") && afterEquals(html, i)) {
      // Remember quotes that never close, so a page of broken tags stays linear.
      if (lastQuote[ch] < i) return html.indexOf(">", from);
      const close = html.indexOf(ch, i + 1);
      if (close < 0) {
        lastQuote[ch] = -1;
        return html.indexOf(">", from);
      }
      i = close;
    }
  }
  return -1;
}

/**
 * Renders HTML to the text a reader sees: table cells separated by tabs and rows by newlines,
 * link and button labels kept; hidden preheaders (display:none, visibility:hidden, zero
 * size/opacity, mso-hide), tracking pixels, head, styles, scripts and comments dropped;
 * entities decoded. No DOM needed; time is linear in the input.
 */
export function htmlToText(html: string): string {
  const out = new TextWriter();
  const stack: Open[] = [];
  const hiddenClasses = new Set<string>();
  const lastQuote = { '"': Infinity, "'": Infinity };
  let hiddenDepth = 0;
  let labelDepth = 0;
  let preDepth = 0;
  let i = 0;
  const text = (raw: string) => {
    if (hiddenDepth > 0 || !raw) return;
    const decoded = decodeEntities(raw).replace(INVISIBLE_CHARACTERS, "");
    if (preDepth === 0) return out.write(decoded.replace(/[\s\u00a0]+/g, " "));
    // Preformatted text keeps its lines (Thunderbird puts forwarded plain text in <pre>).
    decoded.split(/\r?\n/).forEach((line, index) => {
      if (index > 0) out.breakAt(line.trim() ? 2 : 3);
      out.write(line.replace(/[\s\u00a0]+/g, " "));
    });
  };
  const popTo = (index: number) => {
    while (stack.length > index) {
      const closed = stack.pop()!;
      if (closed.hidden) hiddenDepth--;
      if (closed.name === "pre") preDepth--;
      if (LABELS.has(closed.name)) labelDepth--;
    }
  };

  while (i < html.length) {
    const lt = html.indexOf("<", i);
    if (lt < 0) {
      text(html.slice(i));
      break;
    }
    text(html.slice(i, lt));
    if (html.startsWith("<!--", lt)) {
      const end = html.indexOf("-->", lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    const next = html[lt + 1] ?? "";
    if (next === "!" || next === "?") {
      const end = html.indexOf(">", lt);
      i = end < 0 ? html.length : end + 1;
      continue;
    }
    const closing = next === "/";
    TAG_NAME.lastIndex = lt + (closing ? 2 : 1);
    const nameMatch = TAG_NAME.exec(html);
    if (!nameMatch) {
      text("<");
      i = lt + 1;
      continue;
    }
    const name = nameMatch[0].toLowerCase();
    const end = tagEnd(html, lt + 1, lastQuote);
    if (end < 0) break;
    i = end + 1;
    const kind: Break = PARAGRAPH.has(name) ? 3 : LINE.has(name) ? 2 : CELL.has(name) ? 1 : 0;
    if (closing) {
      for (let s = stack.length - 1; s >= 0; s--) {
        if (stack[s].name === name) {
          popTo(s);
          break;
        }
      }
      if (kind) out.breakAt(kind === 1 ? 0 : kind);
      continue;
    }
    // Most tags carry nothing we read; skip the attribute scan for those.
    const rest = html.slice(lt + 1 + name.length, end);
    const attrs =
      rest.length > 1 ? attributes(rest.length > MAX_TAG_CHARS ? rest.slice(0, MAX_TAG_CHARS) : rest) : NO_ATTRIBUTES;
    if (kind) out.breakAt(kind);
    if (name === "body") {
      popTo(0);
      continue;
    }
    if (RAW_TEXT.has(name) && html[end - 1] !== "/") {
      const close = closingTag(name);
      close.lastIndex = i;
      const found = close.exec(html);
      if (name === "style") hiddenClassesOf(html.slice(i, found ? found.index : html.length), hiddenClasses);
      i = found ? close.lastIndex : html.length;
      continue;
    }
    if (name === "img") {
      const alt = attrs.get("alt");
      if (labelDepth > 0 && alt && !isPixel(attrs) && !hides(attrs, hiddenClasses)) text(` ${alt} `);
      continue;
    }
    if (VOID.has(name) || html[end - 1] === "/" || stack.length >= MAX_STACK) continue;
    const hidden = name === "head" || hides(attrs, hiddenClasses);
    stack.push({ name, hidden });
    if (hidden) hiddenDepth++;
    if (LABELS.has(name)) labelDepth++;
    if (name === "pre") preDepth++;
  }
  return out.toString();
}
