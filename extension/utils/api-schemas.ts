import { z } from "zod";

// Response shapes of the Certitude Worker, checked at the edge. Objects are loose: the Worker
// may add fields, and the extension keeps them (the cache holds the API JSON as sent).

export const intentSchema = z.enum(["renew", "let-lapse", "undecided"]);

export const certificateStatusSchema = z.enum(["active", "expiring", "expired", "lapsed", "superseded"]);

export const certificateSchema = z.looseObject({
  id: z.string(),
  commonName: z.string(),
  sans: z.array(z.string()).default([]),
  vendor: z.string().nullish(),
  issuerCN: z.string().nullish(),
  orderNumbers: z.array(z.string()).default([]),
  notBefore: z.string().nullish(),
  notAfter: z.string(),
  intent: intentSchema,
  intentReason: z.string().nullish(),
  autoRenew: z.boolean().default(false),
  notes: z.string().nullish(),
  serialNumber: z.string().nullish(),
  fingerprintSha256: z.string().nullish(),
  // Unknown future statuses must not break the cache; they are shown as written.
  status: z.string().optional(),
  updatedAt: z.string().optional(),
});
export type ApiCertificate = z.infer<typeof certificateSchema>;

export const healthSchema = z.looseObject({ ok: z.literal(true), version: z.string() });

export const certificatePageSchema = z.looseObject({
  certificates: z.array(certificateSchema),
  total: z.number().int().nonnegative().optional(),
});

export const errorBodySchema = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
});

export const timelineEventSchema = z.looseObject({
  occurredAt: z.string(),
  type: z.string(),
  summary: z.string(),
});
export type TimelineEvent = z.infer<typeof timelineEventSchema>;

export const timelineSchema = z.union([
  z.looseObject({ events: z.array(timelineEventSchema) }).transform((body) => body.events),
  z.array(timelineEventSchema),
]);

/** Notices per vendor over the account's history. */
export const vendorTotalsSchema = z.looseObject({
  vendor: z.string(),
  notices: z.number(),
  misleading: z.number().nullish(),
  spoofed: z.number().nullish(),
  lastNoticeAt: z.string().nullish(),
});
export type VendorTotals = z.infer<typeof vendorTotalsSchema>;

/** What one vendor kept sending about a certificate the owner lets lapse. */
export const lapsePressureSchema = z.looseObject({
  vendor: z.string(),
  certificateId: z.string(),
  commonName: z.string(),
  notAfter: z.string().nullish(),
  notices: z.number(),
  noticesAfterIntent: z.number().nullish(),
  misleading: z.number().nullish(),
  lastNoticeAt: z.string().nullish(),
});
export type LapsePressure = z.infer<typeof lapsePressureSchema>;

/** `GET /api/vendors`: totals per vendor and, where the Worker has it, the pressure on lapsing certificates. */
export const vendorsSchema = z.union([
  z
    .looseObject({ vendors: z.array(vendorTotalsSchema), pressure: z.array(lapsePressureSchema).optional(), lapsePressure: z.array(lapsePressureSchema).optional() })
    .transform((body) => ({ vendors: body.vendors, pressure: body.pressure ?? body.lapsePressure ?? [] })),
  z.array(vendorTotalsSchema).transform((vendors) => ({ vendors, pressure: [] as LapsePressure[] })),
]);

/** `POST /api/certificates` answers with the records it created or updated, in one of these shapes. */
export const certificateImportSchema = z.union([
  z.looseObject({ certificates: z.array(certificateSchema) }).transform((body) => body.certificates),
  z.array(certificateSchema),
  certificateSchema.transform((certificate) => [certificate]),
]);

/** `PATCH /api/certificates/:id` answers `{certificate}`. */
export const certificateAnswerSchema = z.union([
  z.looseObject({ certificate: certificateSchema }).transform((body) => body.certificate),
  certificateSchema,
]);
