import { type CertificateRow, sortedThresholds } from "../db/certificate-rows";
import { type CertificateChanges, prepareUpdateCertificate } from "../db/certificates";
import { prepareIntentChange } from "../db/intent-history";
import type { OwnerFields } from "./input";
import type { Author } from "./store";

/**
 * Applies a PATCH of owner-kept fields in one batch. A different intent adds a history entry
 * (from, to, the token's name, the reason) and replaces the reason; the same intent adds none.
 */
export async function updateOwnerFields(
  db: D1Database,
  author: Author,
  current: CertificateRow,
  patch: OwnerFields,
  now: Date = new Date(),
): Promise<void> {
  const intentChanges = patch.intent !== undefined && patch.intent !== current.intent;
  const reason = patch.intentReason === "" ? null : patch.intentReason; // a blank reason is no reason
  const changes: CertificateChanges = {
    intent: patch.intent,
    intent_reason: intentChanges ? (reason ?? null) : reason,
    vendor: patch.vendor,
    order_numbers: patch.orderNumbers && JSON.stringify(patch.orderNumbers),
    auto_renew: patch.autoRenew === undefined ? undefined : patch.autoRenew ? 1 : 0,
    owner: patch.owner,
    notes: patch.notes,
    alert_thresholds:
      patch.alertThresholds === undefined
        ? undefined
        : patch.alertThresholds && JSON.stringify(sortedThresholds(patch.alertThresholds)),
    mute_until: patch.muteUntil,
  };
  const nowIso = now.toISOString();
  const statements = [prepareUpdateCertificate(db, author.accountId, current.id, changes, nowIso)];
  if (intentChanges && patch.intent) {
    statements.push(
      prepareIntentChange(db, author.accountId, {
        certificateId: current.id,
        changedAt: nowIso,
        changedBy: author.tokenName,
        fromIntent: current.intent,
        toIntent: patch.intent,
        reason: reason ?? null,
      }),
    );
  }
  await db.batch(statements);
}
