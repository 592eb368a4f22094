import { i18n } from "#i18n";
import type { Intent } from "../../shared/inventory";
import { browser } from "wxt/browser";

/** The browser's UI language, used for dates and numbers. */
export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage() || "en";
  } catch {
    return "en";
  }
}

/** A date as the reader writes it, e.g. "5 Dec 2026" / "5. Dez. 2026". */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return "—";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(uiLanguage(), { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(date);
}

/** Days left in words: "14 days left", "expired 11 days ago", "expires today". */
export function formatDaysLeft(days: number): string {
  if (days === 0) return i18n.t("days.today");
  if (days > 0) return i18n.t("days.left", days);
  return i18n.t("days.ago", -days);
}

/** How old cached data is, e.g. "3 min ago". */
export function formatAge(iso: string, now: Date): string {
  const minutes = Math.max(0, Math.round((now.getTime() - Date.parse(iso)) / 60_000));
  if (minutes < 1) return i18n.t("age.justNow");
  if (minutes < 60) return i18n.t("age.minutes", minutes);
  const hours = Math.round(minutes / 60);
  if (hours < 48) return i18n.t("age.hours", hours);
  return i18n.t("age.days", Math.round(hours / 24));
}

/** The owner's decision in words. */
export function intentLabel(intent: Intent): string {
  switch (intent) {
    case "renew":
      return i18n.t("intent.renew");
    case "let-lapse":
      return i18n.t("intent.letLapse");
    case "undecided":
      return i18n.t("intent.undecided");
  }
}

/** A certificate status in words; unknown statuses are shown as sent. */
export function statusLabel(status: string | undefined): string {
  switch (status) {
    case "active":
      return i18n.t("status.active");
    case "expiring":
      return i18n.t("status.expiring");
    case "expired":
      return i18n.t("status.expired");
    case "lapsed":
      return i18n.t("status.lapsed");
    case "superseded":
      return i18n.t("status.superseded");
    default:
      return status ?? "—";
  }
}
