import type { CertificateRecord } from "../../../shared/inventory";
import { EmailTooLargeError } from "../../../shared/mime/errors";
import { parseEmail } from "../../../shared/mime/parse-email";
import { assessParsed } from "../../../shared/notice/assess";
import type { Assessment } from "../../../shared/notice/types";
import { rowToRecord } from "../db/certificate-rows";
import { listCertificateRows } from "../db/certificates";
import { getSettings } from "../db/settings";
import { verifyNoticeDkim } from "../dkim/verify-notice";
import { ApiError } from "../errors";
import { insertNotice, type NoticeDetail, type NoticeSource, updateNoticeAssessment } from "../db/notices";
import type { Env } from "../env";
import { addRenewalInfoEvidence } from "../ari/notice-evidence";
import { addRevocationTruth } from "../revocation/notice-check";
import { asRawText, dedupeKeyOf, previewOf, RAW_STORE_LIMIT } from "./raw";

export interface IngestInput {
  accountId: string;
  /** The message as received: RFC 822 bytes or text. */
  raw: string | Uint8Array;
  source: NoticeSource;
  receivedAt: Date;
  /** False for classify without `?store=1`: assess only. */
  store: boolean;
  /** The SMTP envelope sender (Email Routing's `message.from`), kept as evidence. */
  envelopeFrom?: string | null;
  /** Verify the DKIM signatures of mail that arrived intact (Email Routing deliveries): one key lookup per signature. */
  verifyDkim?: boolean;
}

export interface IngestResult {
  assessment: Assessment;
  /** The stored notice (the earlier one on a duplicate), or null when not stored. */
  notice: NoticeDetail | null;
  /** False when the account already had this message (same Message-ID): nothing new was stored. */
  created: boolean;
}

/**
 * The vendor a notice is counted against: who it claims to be, else the certificate's vendor, else
 * the sender's domain. A forged notice is not the imitated vendor's doing: it counts against the
 * domain it really came from.
 */
function vendorOf(assessment: Assessment, inventory: CertificateRecord[]): string | null {
  if (assessment.spoofed) return assessment.sender.domain ?? assessment.sender.from?.address ?? null;
  if (assessment.sender.claimedVendor) return assessment.sender.claimedVendor;
  const certificate = inventory.find((c) => c.id === assessment.certificate);
  return certificate?.vendor ?? assessment.sender.domain ?? null;
}

/**
 * The one way a notice enters Certitude (API upload, classify, Email Routing): assess the raw
 * message against the account's certificates (loaded once), then, when storing, de-duplicate and
 * store it, and only for a newly stored notice ask the CA (a revocation claim): the CA's answer is
 * added to the stored assessment. Without `store` nothing at all is written.
 */
export async function ingestNotice(env: Env, input: IngestInput): Promise<IngestResult> {
  const rows = await listCertificateRows(env.DB, input.accountId);
  const inventory = rows.map(rowToRecord);
  const parsed = await parseEmail(input.raw).catch((error: unknown) => {
    if (error instanceof EmailTooLargeError) throw new ApiError(413, error.code, error.message);
    throw error;
  });
  const settings = await getSettings(env.DB, input.accountId);
  // The notice's own source: the delivered mail, or the original attached to a forward. An inline
  // forward's original is gone, and so is its signature.
  const source = parsed.forwardStyle === "none" ? input.raw : parsed.noticeSource;
  const dkim = input.verifyDkim && source ? await verifyNoticeDkim(env, source, input.receivedAt) : [];
  const options = {
    now: input.receivedAt,
    trustedAuthservIds: settings.trustedAuthservIds,
    dkim,
    envelopeFrom: input.envelopeFrom ?? null,
  };
  // A claimed urgent revocation gets the CA's ACME renewal window (stored on the row) as evidence.
  const assessed = assessParsed(parsed, inventory, options);
  const assessment = addRenewalInfoEvidence(
    assessed,
    rows.find((row) => row.id === assessed.certificate),
  );
  if (!input.store) return { assessment, notice: null, created: false };
  const rawText = asRawText(input.raw);
  const rawSize = typeof input.raw === "string" ? new TextEncoder().encode(input.raw).byteLength : input.raw.byteLength;
  const receivedAt = input.receivedAt.toISOString();
  const from = assessment.sender.from ?? parsed.notice.from;
  const { notice, created } = await insertNotice(env.DB, input.accountId, {
    dedupeKey: await dedupeKeyOf(assessment.messageId ?? parsed.notice.messageId, rawText),
    messageId: assessment.messageId ?? parsed.notice.messageId,
    source: input.source,
    receivedAt,
    sentAt: assessment.sentAt,
    datedAt: assessment.sentAt ?? receivedAt,
    from: { address: from?.address || null, name: from?.name || null },
    subject: assessment.subject,
    vendor: vendorOf(assessment, inventory),
    kind: assessment.kind,
    certificateId: assessment.certificate,
    language: assessment.language,
    misleading: assessment.misleading,
    spoofed: assessment.spoofed,
    assessment,
    textPreview: previewOf(parsed.notice.text),
    raw: rawSize <= RAW_STORE_LIMIT ? rawText : null,
    rawSize,
    evidence: {
      envelopeFrom: input.envelopeFrom ?? null,
      replyTo: assessment.sender.replyTo?.address || null,
      imitates: assessment.spoofed ? assessment.sender.claimedVendor : null,
    },
  });
  if (!created) return { assessment: notice.assessment, notice, created };
  // Truth checks: a notice claiming revocation of a certificate within its validity is checked
  // against the CA's CRL/OCSP (stored, and on the certificate's timeline), and the CA's answer
  // is appended to assessment.reasons of the stored notice.
  const certificate = rows.find((row) => row.id === assessment.certificate);
  const checked = await addRevocationTruth(env, assessment, certificate, input.receivedAt);
  if (checked === assessment) return { assessment, notice, created };
  await updateNoticeAssessment(env.DB, input.accountId, notice.id, checked);
  return { assessment: checked, notice: { ...notice, assessment: checked, misleading: checked.misleading }, created };
}
