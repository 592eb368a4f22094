// Reading provider markup without asking for layout: the same code runs in real browsers and in
// happy-dom fixtures, so visibility is judged from attributes and inline styles, and
// `checkVisibility()` is asked only once per newly opened message.

const BLOCK = new Set([
  "ADDRESS",
  "ARTICLE",
  "ASIDE",
  "BLOCKQUOTE",
  "DD",
  "DIV",
  "DL",
  "DT",
  "FIGCAPTION",
  "FOOTER",
  "FORM",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "HEADER",
  "HR",
  "LI",
  "MAIN",
  "NAV",
  "OL",
  "P",
  "PRE",
  "SECTION",
  "TABLE",
  "TD",
  "TH",
  "TR",
  "UL",
]);
const SKIPPED = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "HEAD", "TITLE", "SVG", "CERTITUDE-BANNER"]);

/** Whether the element is hidden by its own or an ancestor's markup (hidden, aria-hidden, inline style). */
function hiddenByMarkup(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (node.hasAttribute("hidden") || node.getAttribute("aria-hidden") === "true") return true;
    const style = (node as HTMLElement).style;
    if (style && (style.display === "none" || style.visibility === "hidden")) return true;
  }
  return false;
}

/**
 * Whether a person can see the element, judged from markup alone. Cheap enough for every scan:
 * it reads attributes and inline styles, never computed style or layout (which after a mutation
 * would make the browser recalculate the page).
 */
export function isShown(element: Element): boolean {
  return !hiddenByMarkup(element);
}

/**
 * Whether the browser renders the element (`checkVisibility`), for the one check made when a new
 * message opens; true where there is no layout engine (happy-dom) or no such method.
 */
export function isRendered(element: Element): boolean {
  const view = element.ownerDocument.defaultView;
  if (view && "happyDOM" in view) return true;
  const check = (element as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  return typeof check === "function" ? check.call(element, { visibilityProperty: true }) : true;
}

/** All matches of `selector` under `root` that a person can see. */
export function shownAll(root: ParentNode, selector: string): Element[] {
  return Array.from(root.querySelectorAll(selector)).filter(isShown);
}

/** The last visible match: in threads the newest expanded message comes last. */
export function lastShown(root: ParentNode, selector: string): Element | undefined {
  const all = root.querySelectorAll(selector);
  for (let i = all.length - 1; i >= 0; i--) if (isShown(all[i])) return all[i];
  return undefined;
}

/** Collapse runs of spaces (including no-break and narrow no-break spaces) and trim. */
export function squash(text: string | null | undefined): string {
  return (text ?? "").replace(/[\s\u00a0\u202f]+/g, " ").trim();
}

/** Text of an element's header field, attribute first (providers keep the full value there). */
export function fieldText(element: Element | null | undefined, attribute?: string): string {
  if (!element) return "";
  const fromAttribute = attribute ? element.getAttribute(attribute) : null;
  return squash(fromAttribute || element.textContent);
}

/**
 * The body as plain text with line breaks at block boundaries, like `innerText` but without
 * forcing layout (which costs milliseconds on a large message) and identical in tests.
 */
export function bodyText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      parts.push((node.nodeValue ?? "").replace(/[\s\u00a0]+/g, " "));
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeType === 1 ? (node as Element).tagName.toUpperCase() : "";
    if (SKIPPED.has(name)) return;
    if (name === "BR") {
      parts.push("\n");
      return;
    }
    if (BLOCK.has(name)) parts.push("\n");
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (BLOCK.has(name)) parts.push("\n");
  };
  walk(root);
  return parts
    .join("")
    .split("\n")
    .map((line) => line.trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** The document of a same-origin frame, or undefined while it is cross-origin or not loaded. */
export function frameDocument(frame: Element | null | undefined): Document | undefined {
  if (!frame || frame.tagName !== "IFRAME") return undefined;
  try {
    return (frame as HTMLIFrameElement).contentDocument ?? undefined;
  } catch {
    return undefined;
  }
}
