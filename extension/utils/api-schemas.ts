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

export const vendorRowSchema = z.looseObject({ vendor: z.string() });
export type VendorRow = z.infer<typeof vendorRowSchema>;

export const vendorsSchema = z.union([
  z.looseObject({ vendors: z.array(vendorRowSchema) }).transform((body) => body.vendors),
  z.array(vendorRowSchema),
]);

/** `POST /api/certificates` answers with the records it created or updated, in one of these shapes. */
export const certificateImportSchema = z.union([
  z.looseObject({ certificates: z.array(certificateSchema) }).transform((body) => body.certificates),
  z.array(certificateSchema),
  certificateSchema.transform((certificate) => [certificate]),
]);
