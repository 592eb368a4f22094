// Certitude's policy numbers: when a certificate needs the owner, when reminders go out, when a
// notice's urgency is false. The Worker and the extension import them from here, so the dashboard,
// the popup, the reminders and the notice engine agree on one set of days.

/** A certificate counts as `expiring` (and, to be renewed, needs action) with this many days or fewer left. */
export const EXPIRING_WITHIN_DAYS = 30;

/** A certificate to renew needs the owner's action in its last this-many days. */
export const RENEW_WINDOW_DAYS = EXPIRING_WITHIN_DAYS;

/** An undecided certificate needs a decision earlier than a renewal: the decision comes first. */
export const UNDECIDED_WINDOW_DAYS = 45;

/** Days before expiry at which a `renew` certificate gets a reminder, by default (an account may change them). */
export const DEFAULT_EXPIRY_THRESHOLDS: readonly number[] = [30, 14, 7, 3, 1];

/** Days before expiry at which an undecided certificate gets a "decide now" reminder. */
export const DECIDE_NOW_THRESHOLDS: readonly number[] = [UNDECIDED_WINDOW_DAYS, 14];

/** An expiry notice that presses ("urgent", "expires soon") with more days left than this is misleading. */
export const URGENCY_HORIZON_DAYS = 90;
