import type { Row } from "../db/account-tables";
import { inboundAddressHolders } from "../db/inbound-addresses";

/** A row an import left out, and why: the answer lists every one. */
export interface SkippedRow {
  table: string;
  /** 1-based, as in the error messages. */
  row: number;
  reason: string;
}

/** The only form an inbound address has: the one POST /api/inbound-addresses makes. */
function isInboundForm(address: string, domain: string): boolean {
  const at = address.lastIndexOf("@");
  return at > 0 && address.slice(at + 1) === domain && /^notices\+[a-z0-9]{1,64}$/.test(address.slice(0, at));
}

/**
 * The inbound addresses an import may bring, lower-cased. An address not of the form
 * `notices+<tag>@<INBOUND_EMAIL_DOMAIN>`, or ever held by another account (deleted ones too), is
 * left out and reported: mail to it must never reach the importing account.
 */
export async function admitInboundAddresses(
  db: D1Database,
  accountId: string,
  rows: Row[],
  domain: string | undefined,
): Promise<{ admitted: { row: Row; index: number }[]; skipped: SkippedRow[] }> {
  const addresses = rows.map((row) => String(row.address).trim().toLowerCase());
  const holders = await inboundAddressHolders(db, [...new Set(addresses)]);
  const admitted: { row: Row; index: number }[] = [];
  const skipped: SkippedRow[] = [];
  const seen = new Set<string>();
  for (const [index, address] of addresses.entries()) {
    const skip = (reason: string) =>
      void skipped.push({ table: "inbound_addresses", row: index + 1, reason: `${address}: ${reason}` });
    const holder = holders.get(address);
    if (!domain) {
      skip("this Worker has no INBOUND_EMAIL_DOMAIN, so it takes no inbound addresses");
      continue;
    }
    if (!isInboundForm(address, domain.toLowerCase())) {
      skip(`not an inbound address of this Worker (notices+<tag>@${domain.toLowerCase()})`);
      continue;
    }
    if (holder && holder !== accountId) {
      skip("held now or before by another account, so it is never given to this one");
      continue;
    }
    if (seen.has(address)) {
      skip("appears twice in the export");
      continue;
    }
    seen.add(address);
    admitted.push({ row: { ...rows[index], address }, index });
  }
  return { admitted, skipped };
}
