import type { Assessment, Language, NoticeKind } from "../../../shared/notice/types";
import type { NoticeRow } from "./notices";

const NOTICE_KINDS: readonly string[] = ["expiry", "revocation", "payment", "other"];

/** What is known of a notice whose stored assessment cannot be read: its own columns, and no claims. */
export function unreadableAssessment(row: NoticeRow): Assessment {
  return {
    kind: (NOTICE_KINDS.includes(row.kind) ? row.kind : "other") as NoticeKind,
    certificate: row.certificate_id,
    match: null,
    claims: [],
    misleading: row.misleading === 1,
    reasons: [
      {
        code: "assessment-unreadable",
        message: "The stored assessment of this notice could not be read; import the email again to assess it anew.",
        facts: {},
      },
    ],
    spoofed: row.spoofed === 1,
    spoofReasons: [],
    sender: {
      from: null,
      domain: null,
      claimedVendor: row.vendor,
      knownVendorDomain: false,
      authentication: [],
      lookAlikeOf: null,
    },
    language: row.language as Language,
    dates: [],
    subject: row.subject,
    sentAt: row.sent_at,
    messageId: row.message_id,
    forwarded: false,
  };
}
