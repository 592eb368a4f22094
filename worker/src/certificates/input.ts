import { z } from "@hono/zod-openapi";
import { isInstant } from "../iso-date";
import { IntentSchema } from "./schema";

/**
 * An ISO 8601 date or date-time, stored as a full UTC instant (`2026-12-15` → `2026-12-15T00:00:00.000Z`).
 * A date-time needs `Z` or an offset: without one it names no instant, and guessing UTC could be hours off.
 */
export const IsoDateSchema = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2}))?$/,
    "Expected an ISO 8601 date (2026-12-15) or a date-time with Z or an offset (2026-12-15T10:00:00Z)",
  )
  .refine(isInstant, "Not a real date (no such day or time)")
  .transform((value) => new Date(value).toISOString())
  .openapi({ type: "string", example: "2026-12-15" });

const shortText = z.string().trim().max(500).nullable().optional();
const names = z.array(z.string().trim().min(1).max(253)).max(1000);

/** Fields the owner keeps on any certificate, parsed or manual. */
export const ownerFields = {
  intent: IntentSchema.optional().describe("Default `undecided`."),
  intentReason: z.string().trim().max(2000).nullable().optional(),
  vendor: shortText,
  orderNumbers: z.array(z.string().trim().min(1).max(100)).max(100).optional(),
  autoRenew: z.boolean().optional(),
  owner: z.email().max(254).nullable().optional().describe("E-mail address of the person responsible."),
  notes: z.string().max(10_000).nullable().optional(),
  alertThresholds: z
    .array(z.int().min(1).max(365))
    .min(1)
    .max(10)
    .nullable()
    .optional()
    .describe(
      "Days before expiry at which this certificate is reminded, instead of the account's; null = the account's.",
    ),
  muteUntil: IsoDateSchema.nullable()
    .optional()
    .describe("No reminders, expired or overdue alerts for this certificate until this date; null = not muted."),
};

/** `POST /api/certificates` as JSON with a PEM: the certificate(s) plus owner-kept fields. */
export const PemUploadSchema = z
  .strictObject({ pem: z.string().min(1).describe("One certificate, a chain or a bundle."), ...ownerFields })
  .openapi("PemUpload");

/** Fields of a certificate the owner types in by hand (no PEM at hand). */
const manualFields = {
  commonName: z.string().trim().min(1).max(253),
  sans: names.optional(),
  ipAddresses: names.optional(),
  notBefore: IsoDateSchema.nullable().optional(),
  notAfter: IsoDateSchema,
  issuerCN: shortText,
  serialNumber: z
    .string()
    .regex(/^[0-9A-Fa-f:\s]+$/, "Expected hex digits")
    .transform((s) => s.replace(/[:\s]/g, "").toUpperCase())
    .nullable()
    .optional(),
};

/** A validity period ends after it begins. */
function datesInOrder(record: { notBefore?: string | null; notAfter: string }): boolean {
  return !record.notBefore || record.notBefore < record.notAfter;
}
const DATES_IN_ORDER = { message: "notAfter must be later than notBefore", path: ["notAfter"] };

/** `POST /api/certificates` as JSON without a PEM: a manual record. */
export const ManualRecordSchema = z
  .strictObject({ ...manualFields, ...ownerFields })
  .refine(datesInOrder, DATES_IN_ORDER)
  .openapi("ManualRecord");

/** One record of an inventory file (`inventory.json`); its `id` becomes `externalId`. */
export const InventoryRecordSchema = z
  .strictObject({
    id: z.string().trim().min(1).max(200).optional(),
    ...manualFields,
    ...ownerFields,
    fingerprintSha256: z
      .string()
      .regex(/^([0-9A-Fa-f]{2}:?){32}$/, "Expected 64 hex digits")
      .transform((s) => s.replace(/:/g, "").toUpperCase())
      .nullable()
      .optional(),
  })
  .refine(datesInOrder, DATES_IN_ORDER)
  .openapi("InventoryRecord");

/** An inventory document: `{owner?, certificates}`; a bare array of records is accepted too. */
export const InventoryDocumentSchema = z
  .strictObject({
    owner: z.string().max(500).optional().describe("The organisation the inventory belongs to (informational)."),
    certificates: z.array(InventoryRecordSchema).max(2000),
  })
  .openapi("InventoryDocument");

/** `PATCH /api/certificates/:id`: owner-kept fields; `null` clears a field. */
export const CertificatePatchSchema = z
  .strictObject(ownerFields)
  .refine((patch) => Object.keys(patch).length > 0, "Send at least one field to change")
  .openapi("CertificatePatch");

/** Owner-kept fields as given in a request. */
export type OwnerFields = z.output<z.ZodObject<typeof ownerFields>>;
/** A manual record as given in a request. */
export type ManualRecord = z.output<typeof ManualRecordSchema>;
/** An inventory record as given in a request. */
export type InventoryRecord = z.output<typeof InventoryRecordSchema>;
