// Builds the banner's nodes with createElement and text nodes only: email content never passes
// through an HTML parser (Gmail enforces Trusted Types, and the content is hostile anyway), and
// its bidirectional controls are shown, not obeyed (ui/bidi.ts).
import { showBidiControls } from "../ui/bidi";

type Child = Node | string | false | null | undefined;

/** An element in `doc` with a class and children; strings become text nodes. */
export function el(doc: Document, tag: string, className: string, ...children: Child[]): HTMLElement {
  const element = doc.createElement(tag);
  if (className) element.className = className;
  for (const child of children) {
    if (child === false || child === null || child === undefined) continue;
    if (typeof child === "string") element.dir = "auto";
    element.append(typeof child === "string" ? doc.createTextNode(showBidiControls(child)) : child);
  }
  return element;
}

/** A button that runs `action` on click, never letting its failure reach the page. */
export function button(doc: Document, label: string, action: () => void, primary = false): HTMLButtonElement {
  const element = el(doc, "button", primary ? "primary" : "", label) as HTMLButtonElement;
  element.type = "button";
  element.addEventListener("click", (event) => {
    event.preventDefault();
    event.stopPropagation(); // webmail shortcuts and row handlers must not see our clicks
    try {
      action();
    } catch (error) {
      console.info("[Certitude] banner action failed", error);
    }
  });
  return element;
}

/** Attaches the styles to a shadow root: a constructed sheet where allowed, a <style> otherwise. */
export function adoptStyles(root: ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = root.ownerDocument.createElement("style");
    style.textContent = css;
    root.append(style);
  }
}
