// Builds DOM from data with text nodes only: nothing the Worker or an email says is ever
// parsed as HTML, and no bidirectional control in it can reorder what is shown (ui/bidi.ts).
import { showBidiControls } from "./bidi";

type Child = Node | string | null | undefined | false;

export interface ElementOptions {
  class?: string;
  text?: string;
  attrs?: Record<string, string>;
  on?: Partial<{ [K in keyof HTMLElementEventMap]: (event: HTMLElementEventMap[K]) => void }>;
}

/** Creates an element with a class, text, attributes, listeners and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElementOptions = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (options.class) node.className = options.class;
  if (options.text !== undefined) {
    node.textContent = showBidiControls(options.text);
    // A right-to-left name or subject keeps its own direction without turning its neighbours around.
    if (!options.attrs?.dir) node.dir = "auto";
  }
  for (const [name, value] of Object.entries(options.attrs ?? {})) node.setAttribute(name, showBidiControls(value));
  for (const [type, listener] of Object.entries(options.on ?? {})) {
    node.addEventListener(type, listener as EventListener);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === "string" ? document.createTextNode(showBidiControls(child)) : child);
  }
  return node;
}

/** Replaces all children of `parent`. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  const nodes = children.filter((c): c is Node | string => c !== null && c !== undefined && c !== false);
  parent.replaceChildren(...nodes.map((c) => (typeof c === "string" ? showBidiControls(c) : c)));
}
