import { uiLanguage } from "./format";

/** Sets the document language from the browser's, so the UI and its dates agree. */
export function localizeDocument(): void {
  document.documentElement.lang = uiLanguage().split("-")[0];
}
