// SVG built with DOM calls, like ui/element.ts: labels from data are text nodes, never markup.

const NS = "http://www.w3.org/2000/svg";

/** Creates an SVG element with attributes and children (strings become text nodes). */
export function s(
  tag: string,
  attrs: Record<string, string | number> = {},
  ...children: (Node | string | null)[]
): SVGElement {
  const node = document.createElementNS(NS, tag) as SVGElement;
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  for (const child of children)
    if (child !== null) node.append(typeof child === "string" ? document.createTextNode(child) : child);
  return node;
}

/** A tooltip the browser shows on hover, and screen readers read. */
export function title(text: string): SVGElement {
  return s("title", {}, text);
}
