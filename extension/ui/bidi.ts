// Bidirectional controls let a sender make text display in another order than it is written:
// "invoice\u202Efdp.exe" shows as "invoiceexe.pdf". Certitude shows what was written instead.

/** Embeddings, overrides, isolates and marks (U+202A–202E, U+2066–2069, U+200E/200F, U+061C). */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

/**
 * The text with each bidirectional control written out as a visible `[U+202E]`, so that no
 * field the extension shows can be reordered by what a sender or a vendor put in it.
 * @example showBidiControls("invoice\u202Efdp.exe") // "invoice[U+202E]fdp.exe"
 */
export function showBidiControls(text: string): string {
  return text.replace(
    BIDI_CONTROLS,
    (control) => `[U+${control.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}]`,
  );
}
