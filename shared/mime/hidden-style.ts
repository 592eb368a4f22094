// Inline-style tricks that hide text from the reader while leaving it in the markup: the
// preheader ("preview text") of marketing mail, and text kept for Outlook only.
const HIDING_DECLARATIONS: RegExp[] = [
  /display:none/,
  /visibility:hidden/,
  /mso-hide:all/,
  /(?:^|;)max-height:0(?:px|em|%)?(?:!important)?(?:;|$)/,
  /(?:^|;)font-size:(?:0|1)(?:px|pt)?(?:!important)?(?:;|$)/,
  /(?:^|;)opacity:0(?:\.0+)?(?:!important)?(?:;|$)/,
];
const ZERO_BOX = /(?:^|;)(?:max-)?(?:height|width):0(?:px)?(?:!important)?(?:;|$)/;

/** True when a CSS declaration list (a `style` attribute or a rule body) hides its element. */
export function styleHides(style: string): boolean {
  const css = style.toLowerCase().replace(/\s+/g, "");
  if (HIDING_DECLARATIONS.some((pattern) => pattern.test(css))) return true;
  return ZERO_BOX.test(css) && css.includes("overflow:hidden");
}

/**
 * Class names (`preheader`) and ids (`#preview`) that a stylesheet hides at top level
 * (`.preheader { display: none }`). Rules inside `@media` blocks are ignored: they hide
 * things only on some screens.
 */
export function hiddenClassesOf(stylesheet: string, into: Set<string>): void {
  const css = stylesheet.replace(/\/\*[\s\S]*?\*\//g, "");
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
