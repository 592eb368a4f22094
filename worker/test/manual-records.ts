import type { TestAccount } from "./accounts";
import { api } from "./accounts";
import type { Certificate } from "../src/certificates/schema";

/** Days from now as an ISO instant: for status tests, which depend on today by nature. */
export function daysFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString();
}

/** Adds a manual record through `POST /api/certificates` and answers it. */
export async function addManualRecord(account: TestAccount, record: Record<string, unknown>): Promise<Certificate> {
  const res = await api("/api/certificates", {
    method: "POST",
    token: account.token,
    headers: { "content-type": "application/json" },
    body: JSON.stringify(record),
  });
  if (res.status !== 201) throw new Error(`manual record answered ${res.status}: ${await res.text()}`);
  return ((await res.json()) as { certificates: Certificate[] }).certificates[0];
}
