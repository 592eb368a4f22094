import type { Intent } from "../../../shared/inventory";
import { EXPIRING_WITHIN_DAYS } from "../../../shared/policy";

/** Lifecycle status of a certificate, computed on every read, never stored. */
export type CertificateStatus = "active" | "expiring" | "expired" | "lapsed" | "superseded";

export { EXPIRING_WITHIN_DAYS };

const DAY_MS = 86_400_000;

/**
 * `superseded` once CT showed its renewal (truth checks set `supersededBy`), else
 * `expired` once notAfter has passed (`lapsed` when the owner chose to let it lapse),
 * `expiring` with {@link EXPIRING_WITHIN_DAYS} days or fewer left, otherwise `active`.
 */
export function computeStatus(
  cert: { notAfter: string; intent: Intent; supersededBy?: string | null },
  now: Date = new Date(),
): CertificateStatus {
  if (cert.supersededBy) return "superseded";
  const notAfter = Date.parse(cert.notAfter);
  if (notAfter <= now.getTime()) return cert.intent === "let-lapse" ? "lapsed" : "expired";
  if (notAfter - now.getTime() <= EXPIRING_WITHIN_DAYS * DAY_MS) return "expiring";
  return "active";
}

/** The ISO instant `days` days after `now`: the upper bound of "expiring within `days`". */
export function isoDaysFrom(now: Date, days: number): string {
  return new Date(now.getTime() + days * DAY_MS).toISOString();
}
