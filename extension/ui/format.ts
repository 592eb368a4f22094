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
  return new Intl.DateTimeFormat(uiLanguage(), {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  }).format(date);
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

/** Words for values the Worker sends; a value this version does not know is shown as sent. */
export function labelOf(labels: Record<string, () => string>, value: string | null | undefined): string {
  if (value === null || value === undefined) return "—";
  return Object.hasOwn(labels, value) ? labels[value]() : value;
}

const INTENT_LABELS: Record<Intent, () => string> = {
  renew: () => i18n.t("intent.renew"),
  "let-lapse": () => i18n.t("intent.letLapse"),
  undecided: () => i18n.t("intent.undecided"),
};

const STATUS_LABELS: Record<string, () => string> = {
  active: () => i18n.t("status.active"),
  expiring: () => i18n.t("status.expiring"),
  expired: () => i18n.t("status.expired"),
  lapsed: () => i18n.t("status.lapsed"),
  superseded: () => i18n.t("status.superseded"),
};

/** The owner's decision in words. */
export function intentLabel(intent: Intent): string {
  return INTENT_LABELS[intent]();
}

/** A certificate status in words. */
export function statusLabel(status: string | undefined): string {
  return labelOf(STATUS_LABELS, status);
}

/** A number as the reader writes it ("1,234" / "1.234"). */
export function formatNumber(value: number): string {
  return new Intl.NumberFormat(uiLanguage()).format(value);
}

/** A language code by its own name in the reader's language, e.g. "fr" → "Französisch". */
export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames([uiLanguage()], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}
