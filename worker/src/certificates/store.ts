import { type CertificateRow, type NewCertificate, rowToCertificate } from "../db/certificate-rows";
import {
  findByExternalIds,
  findByFingerprints,
  getCertificateRowsByIds,
  prepareInsertCertificate,
} from "../db/certificates";
import { prepareIntentChange } from "../db/intent-history";
import { ApiError } from "../errors";
import type { Certificate } from "./schema";

/** Who is writing: the account, and the token's name for the intent history. */
export interface Author {
  accountId: string;
  tokenName: string;
}

/** Result of storing candidates: every record in input order, and how many were new. */
export interface StoreResult {
  certificates: Certificate[];
  created: number;
  /** Ids of the records this call created (not part of the API answer). */
  createdIds: string[];
}

function existingMatch(candidate: NewCertificate, existing: readonly CertificateRow[]): CertificateRow | undefined {
  return existing.find(
    (row) =>
      (candidate.fingerprintSha256 !== null && row.fingerprint_sha256 === candidate.fingerprintSha256) ||
      (candidate.externalId !== null && row.external_id === candidate.externalId),
  );
}

/** The history entry of the intent a record is created with. */
function firstIntent(db: D1Database, author: Author, cert: NewCertificate, changedAt: string) {
  return prepareIntentChange(db, author.accountId, {
    certificateId: cert.id,
    changedAt,
    changedBy: author.tokenName,
    fromIntent: null,
    toIntent: cert.intent,
    reason: cert.intentReason,
  });
}

/**
 * Inserts the candidates the account does not have yet (same SHA-256 fingerprint or same
 * external id = already there, left unchanged) in one D1 batch: all or nothing. A record
 * created with a decided intent gets its first intent-history entry in the same batch.
 */
export async function storeNewCertificates(
  db: D1Database,
  author: Author,
  candidates: readonly NewCertificate[],
  now: Date = new Date(),
): Promise<StoreResult> {
  const fingerprints = candidates.flatMap((c) => (c.fingerprintSha256 ? [c.fingerprintSha256] : []));
  const externalIds = candidates.flatMap((c) => (c.externalId ? [c.externalId] : []));
  const existing = [
    ...(await findByFingerprints(db, author.accountId, fingerprints)),
    ...(await findByExternalIds(db, author.accountId, externalIds)),
  ];
  const nowIso = now.toISOString();
  const matches = candidates.map((candidate) => ({ candidate, existing: existingMatch(candidate, existing) }));
  const fresh = matches.flatMap((m) => (m.existing ? [] : [m.candidate]));
  const statements = fresh.flatMap((cert) => [
    prepareInsertCertificate(db, author.accountId, cert, nowIso),
    ...(cert.intent === "undecided" ? [] : [firstIntent(db, author, cert, nowIso)]),
  ]);
  if (statements.length) {
    try {
      await db.batch(statements);
    } catch (error) {
      if (String(error).includes("UNIQUE constraint failed")) {
        throw new ApiError(
          409,
          "conflict",
          "The same certificate was stored by another request just now; send it again.",
        );
      }
      throw error;
    }
  }
  const created = await getCertificateRowsByIds(
    db,
    author.accountId,
    fresh.map((c) => c.id),
  );
  return {
    certificates: matches.map((m) => rowToCertificate(m.existing ?? created.get(m.candidate.id)!, now)),
    created: fresh.length,
    createdIds: fresh.map((c) => c.id),
  };
}
