import { i18n } from "#i18n";
import { h } from "../../ui/element";
import type { ProviderStatus } from "../../utils/storage/storage";

/** One sentence per webmail whose last page the adapter did not recognise, by provider name. */
export function pausedProviders(statuses: Record<string, ProviderStatus>): string[] {
  return Object.values(statuses)
    .filter((status) => status.state === "paused")
    .map((status) => i18n.t("popup.providerPaused", [status.name]))
    .sort();
}

/** The popup's note on paused webmail overlays, or null when every adapter recognised its page. */
export function renderProviderStatus(statuses: Record<string, ProviderStatus>): HTMLElement | null {
  const lines = pausedProviders(statuses);
  if (lines.length === 0) return null;
  return h(
    "ul",
    { class: "provider-status", attrs: { role: "status" } },
    ...lines.map((line) => h("li", { text: line })),
  );
}
