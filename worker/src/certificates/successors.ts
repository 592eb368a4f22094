import { normalizeNames } from "../ct/candidate";
import { listPredecessorCandidates } from "../db/predecessors";
import { addTimelineEvent } from "../db/timeline-events";
import { markSuperseded } from "../db/truth-check-candidates";
import type { Certificate } from "./schema";

/**
 * An uploaded certificate renews the account's older ones for exactly the same names that expire
 * before it: they are marked superseded, so their reminders and expired/overdue alerts stop, as
 * when the truth checks find the renewal in CT. An uploaded certificate older than one the
 * account has is closed the same way (an old file uploaded late raises no expired alert).
 * Returns the ids closed.
 */
export async function closePredecessors(
  db: D1Database,
  accountId: string,
  uploaded: readonly Certificate[],
  now: Date,
): Promise<string[]> {
  if (!uploaded.length) return [];
  const uploadedIds = uploaded.map((c) => c.id);
  const candidates = await listPredecessorCandidates(
    db,
    accountId,
    uploaded.map((c) => c.commonName),
    uploadedIds,
  );
  const all = [...candidates, ...uploaded];
  const closed: string[] = [];
  const at = now.toISOString();
  for (const old of all) {
    const names = nameKey(old);
    const successor = all
      .filter(
        (c) =>
          c.notAfter > old.notAfter &&
          nameKey(c) === names &&
          (uploadedIds.includes(c.id) || uploadedIds.includes(old.id)),
      )
      .sort((a, b) => b.notAfter.localeCompare(a.notAfter))[0];
    if (!successor || closed.includes(old.id)) continue;
    await markSuperseded(db, accountId, old.id, successor.id, at);
    await addTimelineEvent(db, {
      accountId,
      certificateId: old.id,
      occurredAt: at,
      type: "superseded",
      summary: `Renewed: a newer certificate for the same names was added (valid until ${successor.notAfter.slice(0, 10)}). This one is superseded; its reminders stop.`,
      data: { successorId: successor.id },
    });
    closed.push(old.id);
  }
  return closed;
}

function nameKey(cert: { commonName: string; sans: string[] }): string {
  return normalizeNames([cert.commonName, ...cert.sans]).join(" ");
}
