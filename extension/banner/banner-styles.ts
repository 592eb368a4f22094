// The banner's look, scoped by its shadow root: the webmail's CSS cannot reach in, ours cannot leak out.
export const BANNER_CSS = `
:host { all: initial; display: block; margin: 8px 0 12px; contain: content; }
.banner { font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1f1f1f;
  border: 1px solid #0b8043; border-left-width: 6px; border-radius: 8px; background: #e6f4ea; padding: 10px 14px; }
/* Long names wrap anywhere; every inline piece of text is isolated so that a right-to-left
   subject or name cannot turn the words around it (bidi controls are shown, see ui/bidi.ts). */
.banner { overflow-wrap: anywhere; }
span, li, strong, em, a, code, time { unicode-bidi: isolate; }
.banner.warn { border-color: #c5221f; background: #fce8e6; }
.top { display: flex; gap: 8px; align-items: baseline; flex-wrap: wrap; }
.brand { font-weight: 700; letter-spacing: .02em; }
.kind { color: #444; }
.verdict { font-weight: 700; color: #0b8043; }
.warn .verdict { color: #a50e0e; }
ul { margin: 6px 0 4px; padding-left: 20px; }
li { margin: 2px 0; }
.certificate { margin: 6px 0 2px; }
.label { color: #555; }
.actions { display: flex; gap: 8px; flex-wrap: wrap; margin-top: 8px; align-items: center; }
button { font: inherit; border: 1px solid #747775; background: #fff; color: #1f1f1f; border-radius: 16px;
  padding: 3px 12px; cursor: pointer; }
button:hover { background: #f1f3f4; }
button.primary { background: #0b57d0; border-color: #0b57d0; color: #fff; }
button:disabled { opacity: .6; cursor: default; }
.status { color: #444; min-height: 1em; }
.confirm { font-weight: 600; }
.banner.neutral { border-color: #747775; background: #f1f3f4; }
.neutral .verdict { color: #1f1f1f; }
.sender { margin-top: 4px; color: #444; }
.sender.forged { color: #a50e0e; font-weight: 600; }
`;
