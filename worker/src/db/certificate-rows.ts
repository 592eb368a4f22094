import type { CertificateRecord, Intent } from "../../../shared/inventory";
import type { Certificate } from "../certificates/schema";
import { computeStatus } from "../certificates/status";
import { isEarlyRenewal } from "../ari/fetch";
import { manualRenewal } from "../lifetime-caps/renewals";
import { stringList, thresholdList } from "./json-columns";

/** A row of `certificates` as D1 returns it. */
export interface CertificateRow {
  id: string;
  account_id: string;
  external_id: string | null;
  common_name: string;
  subject: string | null;
  sans: string;
  ip_addresses: string;
  issuer_cn: string | null;
  issuer_o: string | null;
  serial_number: string | null;
  not_before: string | null;
  not_after: string;
  fingerprint_sha256: string | null;
  public_key_algorithm: string | null;
  public_key_size: number | null;
  signature_algorithm: string | null;
  ocsp_urls: string;
  ca_issuers_urls: string;
  crl_urls: string;
  self_signed: number | null;
  pem: string | null;
  chain_pem: string | null;
  intent: Intent;
  intent_reason: string | null;
  vendor: string | null;
  order_numbers: string;
  auto_renew: number;
  owner: string | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
  /** Set by the truth checks when CT shows the renewal (migration 0022). */
  superseded_by?: string | null;
  superseded_at?: string | null;
  /** Per-certificate alerting (migration 0052). */
  alert_thresholds?: string | null;
  mute_until?: string | null;
  /** ACME Renewal Information as last fetched (migration 0054). */
  ari_window_start?: string | null;
  ari_window_end?: string | null;
  ari_explanation_url?: string | null;
  ari_checked_at?: string | null;
  ari_directory?: string | null;
}

/** Everything needed to insert a certificate; the stored part of `Certificate`. */
export type NewCertificate = Omit<Certificate, "status" | "createdAt" | "updatedAt" | "pem" | "chainPem"> & {
  pem: string | null;
  chainPem: string | null;
};

/** Row → API JSON, with `status` computed for `now`; the PEMs only when asked for. */
export function rowToCertificate(row: CertificateRow, now: Date, withPem = false): Certificate {
  const cert: Certificate = {
    id: row.id,
    externalId: row.external_id,
    commonName: row.common_name,
    subject: row.subject,
    sans: stringList(row.sans, "certificates.sans"),
    ipAddresses: stringList(row.ip_addresses, "certificates.ip_addresses"),
    vendor: row.vendor,
    issuerCN: row.issuer_cn,
    issuerO: row.issuer_o,
    orderNumbers: stringList(row.order_numbers, "certificates.order_numbers"),
    notBefore: row.not_before,
    notAfter: row.not_after,
    intent: row.intent,
    intentReason: row.intent_reason,
    autoRenew: row.auto_renew === 1,
    owner: row.owner,
    notes: row.notes,
    serialNumber: row.serial_number,
    fingerprintSha256: row.fingerprint_sha256,
    publicKeyAlgorithm: row.public_key_algorithm,
    publicKeySize: row.public_key_size,
    signatureAlgorithm: row.signature_algorithm,
    ocspUrls: stringList(row.ocsp_urls, "certificates.ocsp_urls"),
    caIssuersUrls: stringList(row.ca_issuers_urls, "certificates.ca_issuers_urls"),
    crlUrls: stringList(row.crl_urls, "certificates.crl_urls"),
    selfSigned: row.self_signed === null ? null : row.self_signed === 1,
    status: computeStatus({ notAfter: row.not_after, intent: row.intent, supersededBy: row.superseded_by }, now),
    supersededBy: row.superseded_by ?? null,
    supersededAt: row.superseded_at ?? null,
    manualRenewal: manualRenewal({ intent: row.intent, autoRenew: row.auto_renew === 1 }, now),
    alertThresholds: ownThresholds(row.alert_thresholds),
    muteUntil: row.mute_until ?? null,
    renewalInfo: renewalInfoOf(row),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
  if (withPem) Object.assign(cert, { pem: row.pem, chainPem: row.chain_pem });
  return cert;
}

/** The stored ARI window as the API shows it; null until a CA answered. */
function renewalInfoOf(row: CertificateRow): Certificate["renewalInfo"] {
  if (!row.ari_window_start || !row.ari_window_end) return null;
  const info = {
    windowStart: row.ari_window_start,
    windowEnd: row.ari_window_end,
    explanationUrl: row.ari_explanation_url ?? null,
  };
  return {
    suggestedWindow: { start: info.windowStart, end: info.windowEnd },
    explanationURL: info.explanationUrl,
    checkedAt: row.ari_checked_at ?? null,
    directory: row.ari_directory ?? null,
    early: isEarlyRenewal(info, { notBefore: row.not_before, notAfter: row.not_after }),
  };
}

/** Row → the inventory shape the notice engine takes (`shared/inventory.ts`). */
export function rowToRecord(row: CertificateRow): CertificateRecord {
  return {
    id: row.id,
    commonName: row.common_name,
    sans: stringList(row.sans, "certificates.sans"),
    vendor: row.vendor,
    issuerCN: row.issuer_cn,
    orderNumbers: stringList(row.order_numbers, "certificates.order_numbers"),
    notBefore: row.not_before,
    notAfter: row.not_after,
    intent: row.intent,
    autoRenew: row.auto_renew === 1,
    notes: row.notes,
    serialNumber: row.serial_number,
    fingerprintSha256: row.fingerprint_sha256,
  };
}

/** Column names and values, in insert order, for a new certificate. */
export function insertValues(c: NewCertificate, accountId: string, now: string): [string[], unknown[]] {
  const pairs: [string, unknown][] = [
    ["id", c.id],
    ["account_id", accountId],
    ["external_id", c.externalId],
    ["common_name", c.commonName],
    ["subject", c.subject],
    ["sans", JSON.stringify(c.sans)],
    ["ip_addresses", JSON.stringify(c.ipAddresses)],
    ["issuer_cn", c.issuerCN],
    ["issuer_o", c.issuerO],
    ["serial_number", c.serialNumber],
    ["not_before", c.notBefore],
    ["not_after", c.notAfter],
    ["fingerprint_sha256", c.fingerprintSha256],
    ["public_key_algorithm", c.publicKeyAlgorithm],
    ["public_key_size", c.publicKeySize],
    ["signature_algorithm", c.signatureAlgorithm],
    ["ocsp_urls", JSON.stringify(c.ocspUrls)],
    ["ca_issuers_urls", JSON.stringify(c.caIssuersUrls)],
    ["crl_urls", JSON.stringify(c.crlUrls)],
    ["self_signed", c.selfSigned === null ? null : c.selfSigned ? 1 : 0],
    ["pem", c.pem],
    ["chain_pem", c.chainPem],
    ["intent", c.intent],
    ["intent_reason", c.intentReason],
    ["vendor", c.vendor],
    ["order_numbers", JSON.stringify(c.orderNumbers)],
    ["auto_renew", c.autoRenew ? 1 : 0],
    ["owner", c.owner],
    ["notes", c.notes],
    ["alert_thresholds", c.alertThresholds?.length ? JSON.stringify(sortedThresholds(c.alertThresholds)) : null],
    ["mute_until", c.muteUntil ?? null],
    ["created_at", now],
    ["updated_at", now],
  ];
  return [pairs.map(([name]) => name), pairs.map(([, value]) => value)];
}

/** Thresholds as stored: distinct, largest first. */
export function sortedThresholds(thresholds: readonly number[]): number[] {
  return [...new Set(thresholds)].sort((a, b) => b - a);
}

/** A certificate's own reminder thresholds; null when it has none or they are unreadable. */
export function ownThresholds(text: string | null | undefined): number[] | null {
  if (!text) return null;
  const list = thresholdList(text, "certificates.alert_thresholds", []);
  return list.length ? list : null;
}
