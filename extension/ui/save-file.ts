import { h } from "./element";

/** Hands a Blob to the browser as a download named `filename`. */
export function saveFile(blob: Blob, filename: string): void {
  const link = h("a", { attrs: { href: URL.createObjectURL(blob), download: filename } });
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

/** Today as yyyy-mm-dd, for file names. */
export const today = () => new Date().toISOString().slice(0, 10);
