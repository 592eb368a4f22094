/** TXT records of a DKIM key name, cached until they expire; null when not cached or expired. */
export async function cachedTxtRecords(db: D1Database, name: string, now: Date): Promise<string[] | null> {
  const row = await db
    .prepare("SELECT records FROM dkim_key_cache WHERE name = ?1 AND expires_at > ?2")
    .bind(name.toLowerCase(), now.toISOString())
    .first<{ records: string }>();
  return row ? (JSON.parse(row.records) as string[]) : null;
}

/** Keeps the TXT records of a DKIM key name for `ttlSeconds`. */
export async function storeTxtRecords(
  db: D1Database,
  name: string,
  records: string[],
  ttlSeconds: number,
  now: Date,
): Promise<void> {
  const expires = new Date(now.getTime() + ttlSeconds * 1000);
  await db
    .prepare(
      `INSERT INTO dkim_key_cache (name, records, fetched_at, expires_at) VALUES (?1, ?2, ?3, ?4)
       ON CONFLICT (name) DO UPDATE SET records = excluded.records, fetched_at = excluded.fetched_at, expires_at = excluded.expires_at`,
    )
    .bind(name.toLowerCase(), JSON.stringify(records), now.toISOString(), expires.toISOString())
    .run();
}
