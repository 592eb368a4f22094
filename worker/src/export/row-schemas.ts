import { z } from "@hono/zod-openapi";
import { IntentSchema } from "../certificates/schema";
import { AssessmentSchema } from "../routes/notice-schemas";
import { ChannelInputSchema } from "../alerts/channels/schema";
import { SettingsInput } from "../routes/settings";
import { count, flag, id, isoDate, json, jsonObject, optionalText, stringList, text } from "./cells";

/**
 * The rows of an export (version 1), table by table, checked before anything is written: a cell
 * the API itself would never have stored is refused with its table, row and field. Columns not
 * named here (added by a later migration) are still held to their table's NOT NULL and INTEGER
 * declarations by the import.
 */

const certificates = z.looseObject({
  id,
  external_id: optionalText,
  common_name: z.string().max(1000),
  subject: optionalText,
  sans: stringList.optional(),
  ip_addresses: stringList.optional(),
  ocsp_urls: stringList.optional(),
  ca_issuers_urls: stringList.optional(),
  crl_urls: stringList.optional(),
  order_numbers: stringList.optional(),
  not_before: isoDate.nullable().optional(),
  not_after: isoDate,
  public_key_size: count.nullable().optional(),
  self_signed: flag.nullable().optional(),
  intent: IntentSchema.optional(),
  auto_renew: flag.optional(),
  superseded_by: id.nullable().optional(),
  superseded_at: isoDate.nullable().optional(),
  revocation_checked_at: isoDate.nullable().optional(),
  ct_checked_at: isoDate.nullable().optional(),
  alert_thresholds: json(SettingsInput.shape.expiryThresholds, "a JSON array of 1 to 10 whole days (1 to 365)")
    .nullable()
    .optional(),
  mute_until: isoDate.nullable().optional(),
  ari_window_start: isoDate.nullable().optional(),
  ari_window_end: isoDate.nullable().optional(),
  ari_explanation_url: z.url().max(2000).nullable().optional(),
  ari_checked_at: isoDate.nullable().optional(),
  ari_directory: z.url().max(2000).nullable().optional(),
  created_at: isoDate,
  updated_at: isoDate,
});

const intentHistory = z.looseObject({
  id,
  certificate_id: id,
  changed_at: isoDate,
  changed_by: z.string().max(1000),
  from_intent: IntentSchema.nullable().optional(),
  to_intent: IntentSchema,
  reason: optionalText,
});

const timelineEvents = z.looseObject({
  id,
  certificate_id: id.nullable().optional(),
  occurred_at: isoDate,
  type: z.string().min(1).max(200),
  summary: text,
  data: jsonObject.optional(),
});

const alerts = z.looseObject({
  id,
  certificate_id: id.nullable().optional(),
  type: z.string().min(1).max(200),
  dedupe_key: z.string().min(1).max(1000),
  title: text,
  message: text,
  data: jsonObject.optional(),
  created_at: isoDate,
});

const alertDeliveries = z.looseObject({
  alert_id: id,
  channel: z.string().min(1).max(200),
  status: z.enum(["queued", "delivered", "failed", "abandoned"]),
  attempts: count.optional(),
  last_attempt_at: isoDate,
  last_error: optionalText,
  delivered_at: isoDate.nullable().optional(),
});

const notices = z.looseObject({
  id,
  dedupe_key: z.string().min(1).max(1000),
  message_id: optionalText,
  source: z.enum(["api", "classify", "email", "import"]),
  received_at: isoDate,
  sent_at: isoDate.nullable().optional(),
  dated_at: isoDate,
  subject: text,
  kind: z.enum(["expiry", "revocation", "payment", "other"]),
  certificate_id: id.nullable().optional(),
  language: z.string().min(1).max(20),
  misleading: flag,
  spoofed: flag,
  assessment: json(AssessmentSchema, "an assessment (JSON) as the API answers it"),
  text_preview: z.string(),
  raw: z.string().nullable().optional(),
  raw_size: count,
});

/** A settings row must amount to settings the settings route would have accepted. */
const accountSettings = z
  .looseObject({
    expiry_thresholds: json(
      SettingsInput.shape.expiryThresholds,
      "a JSON array of 1 to 10 whole days (1 to 365)",
    ).optional(),
    webhook_url: z.string().nullable().optional(),
    webhook_format: z.enum(["json", "slack"]).optional(),
    webhook_secret: z.string().nullable().optional(),
    alert_email_to: z.string().nullable().optional(),
    forward_to: z.string().nullable().optional(),
    overdue_every_days: SettingsInput.shape.overdueEveryDays.optional(),
    channels: json(z.array(ChannelInputSchema), "a JSON array of alert channels as PUT /api/settings takes them")
      .nullable()
      .optional(),
    updated_at: isoDate,
  })
  .superRefine((row, ctx) => {
    const settings = SettingsInput.safeParse({
      webhook: row.webhook_url
        ? { url: row.webhook_url, format: row.webhook_format ?? "json", secret: row.webhook_secret ?? undefined }
        : null,
      alertEmail: row.alert_email_to ?? null,
      forwardTo: row.forward_to ?? null,
    });
    if (settings.success) return;
    const columns: Record<string, string> = {
      webhook: "webhook_url",
      url: "webhook_url",
      secret: "webhook_secret",
      format: "webhook_format",
      alertEmail: "alert_email_to",
      forwardTo: "forward_to",
    };
    for (const issue of settings.error.issues) {
      const field = [...issue.path]
        .reverse()
        .map(String)
        .find((p) => columns[p]);
      ctx.addIssue({ code: "custom", message: issue.message, path: [columns[field ?? "webhook"]] });
    }
  });

const inboundAddresses = z.looseObject({
  address: z.string().min(3).max(320),
  created_at: isoDate,
});

const revocationChecks = z.looseObject({
  id,
  certificate_id: id,
  checked_at: isoDate,
  status: z.enum(["good", "revoked", "unknown"]),
  source: z.enum(["crl", "ocsp"]),
  revoked_at: isoDate.nullable().optional(),
  reason: optionalText,
  detail: text,
  url: optionalText,
  published_at: isoDate.nullable().optional(),
});

/** Row schema by table name; row-schemas.test.ts holds every exported table to having one. */
export const ROW_SCHEMAS: Record<string, z.ZodType> = {
  certificates,
  intent_history: intentHistory,
  timeline_events: timelineEvents,
  alerts,
  alert_deliveries: alertDeliveries,
  notices,
  account_settings: accountSettings,
  inbound_addresses: inboundAddresses,
  revocation_checks: revocationChecks,
};

/** Columns whose value is another row's id without a foreign key: they must point into the export too. */
export const ID_REFERENCES = new Set(["certificate_id", "superseded_by", "alert_id"]);
