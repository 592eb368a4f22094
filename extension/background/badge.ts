import { browser } from "wxt/browser";
import type { ApiCertificate } from "../utils/api/api-schemas";
import { needsAction } from "../utils/policy/urgency";

const BADGE_COLOR = "#b42318";

/** The toolbar badge text: how many certificates need action, empty when none. */
export function badgeText(certificates: ApiCertificate[] | null, now: Date): string {
  if (!certificates) return "";
  const count = certificates.filter((c) => needsAction(c, now)).length;
  if (count === 0) return "";
  return count > 99 ? "99+" : String(count);
}

/** Shows the number of certificates needing action on the toolbar icon (MV3 `action`, MV2 `browserAction`). */
export async function updateBadge(certificates: ApiCertificate[] | null, now = new Date()): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  if (!action) return;
  await action.setBadgeBackgroundColor({ color: BADGE_COLOR });
  await action.setBadgeText({ text: badgeText(certificates, now) });
}
