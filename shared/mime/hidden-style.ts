// Inline-style tricks that hide text from the reader while leaving it in the markup: the
// preheader ("preview text") of marketing mail, and text kept for Outlook only.
// One case-insensitive pass, no copy of the style: display:none, visibility:hidden,
// mso-hide:all, and max-height, font-size (0 or 1px) or opacity at zero.
const HIDING =
  /display\s*:\s*none|visibility\s*:\s*hidden|mso-hide\s*:\s*all|(?:^|;)\s*(?:max-height\s*:\s*0(?:px|em|%)?|font-size\s*:\s*[01](?:px|pt)?|opacity\s*:\s*0(?:\.0+)?)\s*(?:!\s*important)?\s*(?:;|$)/i;
const ZERO_BOX = /(?:^|;)\s*(?:max-)?(?:height|width)\s*:\s*0(?:px)?\s*(?:!\s*important)?\s*(?:;|$)/i;
const OVERFLOW_HIDDEN = /overflow\s*:\s*hidden/i;

/** True when a CSS declaration list (a `style` attribute or a rule body) hides its element. */
export function styleHides(style: string): boolean {
  if (HIDING.test(style)) return true;
  return OVERFLOW_HIDDEN.test(style) && ZERO_BOX.test(style);
}

// Mail stylesheets are a few kilobytes; a longer one is read in part.
const MAX_STYLESHEET_CHARS = 65_536;

/** CSS without its comments; an unclosed comment runs to the end. Linear in the input. */
function withoutComments(css: string): string {
  let out = "";
  let at = 0;
  for (let open = css.indexOf("/*"); open >= 0; open = css.indexOf("/*", at)) {
    out += css.slice(at, open);
    const close = css.indexOf("*/", open + 2);
    if (close < 0) return out;
    at = close + 2;
  }
  return out + css.slice(at);
}

/**
 * Class names (`preheader`) and ids (`#preview`) that a stylesheet hides at top level
 * (`.preheader { display: none }`). Rules inside `@media` blocks are ignored: they hide
 * things only on some screens.
 */
export function hiddenClassesOf(stylesheet: string, into: Set<string>): void {
  const css = withoutComments(stylesheet.slice(0, MAX_STYLESHEET_CHARS));
  let depth = 0;
  let selectorStart = 0;
  let bodyStart = -1;
  let selector = "";
  for (let i = 0; i < css.length; i++) {
    const ch = css[i];
    if (ch === "{") {
      if (depth === 0) {
        selector = css.slice(selectorStart, i).trim();
        bodyStart = i + 1;
      }
      depth++;
    } else if (ch === "}") {
      depth = Math.max(0, depth - 1);
      if (depth === 0) {
        if (bodyStart >= 0 && !selector.startsWith("@") && styleHides(css.slice(bodyStart, i))) {
          for (const part of selector.split(",")) {
            const own = part.trim().match(/^[a-z0-9]*([.#])([\w-]+)$/i);
            if (own) into.add((own[1] === "#" ? "#" : "") + own[2].toLowerCase());
          }
        }
        selectorStart = i + 1;
        bodyStart = -1;
      }
    }
  }
}
