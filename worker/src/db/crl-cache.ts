/** Cached CRLs (tables crl_cache, crl_cache_chunks). Entries are valid until the CRL's nextUpdate. */

// D1 keeps at most 2 MB in one value; 1 MB chunks leave room.
const CHUNK_BYTES = 1_000_000;

export interface CachedCrl {
  url: string;
  der: Uint8Array<ArrayBuffer>;
  thisUpdate: string;
  nextUpdate: string;
  fetchedAt: string;
}

/** The cached DER for `url` while `now` is before its nextUpdate, else null. */
export async function getCachedCrl(db: D1Database, url: string, now: Date): Promise<CachedCrl | null> {
  const head = await db
    .prepare(`SELECT * FROM crl_cache WHERE url = ?1 AND next_update > ?2`)
    .bind(url, now.toISOString())
    .first<{
      url: string;
      this_update: string;
      next_update: string;
      fetched_at: string;
      byte_length: number;
      chunk_count: number;
    }>();
  if (!head) return null;
  const { results } = await db
    .prepare(`SELECT bytes FROM crl_cache_chunks WHERE url = ?1 ORDER BY seq`)
    .bind(url)
    .all<{ bytes: ArrayBuffer | number[] }>();
  if (results.length !== head.chunk_count) return null;
  const der = new Uint8Array(head.byte_length);
  let offset = 0;
  for (const row of results) {
    const chunk = new Uint8Array(row.bytes);
    der.set(chunk, offset);
    offset += chunk.byteLength;
  }
  if (offset !== head.byte_length) return null;
  return { url, der, thisUpdate: head.this_update, nextUpdate: head.next_update, fetchedAt: head.fetched_at };
}

/** Stores (or replaces) the CRL fetched from `url`. */
export async function putCachedCrl(db: D1Database, crl: CachedCrl): Promise<void> {
  const chunks: Uint8Array[] = [];
  for (let offset = 0; offset < crl.der.byteLength; offset += CHUNK_BYTES) {
    chunks.push(crl.der.subarray(offset, offset + CHUNK_BYTES));
  }
  await db.batch([
    db.prepare(`DELETE FROM crl_cache_chunks WHERE url = ?1`).bind(crl.url),
    db
      .prepare(
        `INSERT INTO crl_cache (url, this_update, next_update, fetched_at, byte_length, chunk_count)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (url) DO UPDATE SET this_update = ?2, next_update = ?3, fetched_at = ?4,
           byte_length = ?5, chunk_count = ?6`,
      )
      .bind(crl.url, crl.thisUpdate, crl.nextUpdate, crl.fetchedAt, crl.der.byteLength, chunks.length),
    ...chunks.map((chunk, seq) =>
      db.prepare(`INSERT INTO crl_cache_chunks (url, seq, bytes) VALUES (?1, ?2, ?3)`).bind(crl.url, seq, chunk),
    ),
  ]);
}

/** Forgets a cached CRL (e.g. one whose signature no longer verifies). */
export async function dropCachedCrl(db: D1Database, url: string): Promise<void> {
  await db.batch([
    db.prepare(`DELETE FROM crl_cache_chunks WHERE url = ?1`).bind(url),
    db.prepare(`DELETE FROM crl_cache WHERE url = ?1`).bind(url),
  ]);
}
