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

/** One event of a certificate's history; the Worker names its moment `at` (or `occurredAt`). */
export const timelineEventSchema = z
  .looseObject({ at: z.string().optional(), occurredAt: z.string().optional(), type: z.string(), summary: z.string() })
  .refine((event) => event.at ?? event.occurredAt, "an event has a time")
  .transform(({ at, occurredAt, ...event }) => ({ ...event, occurredAt: (at ?? occurredAt) as string }));
export type TimelineEvent = z.output<typeof timelineEventSchema>;

/** `GET /api/certificates/:id/timeline`: `{certificateId, timeline: [...]}`, oldest first. */
export const timelineSchema = z.union([
  z.looseObject({ timeline: z.array(timelineEventSchema) }).transform((body) => body.timeline),
  z.looseObject({ events: z.array(timelineEventSchema) }).transform((body) => body.events),
  z.array(timelineEventSchema),
]);

/** What one vendor kept sending about one certificate the owner lets lapse. */
export const lapsePressureSchema = z.looseObject({
  certificateId: z.string(),
  commonName: z.string(),
  notAfter: z.string().nullish(),
  notices: z.number(),
  noticesAfterIntent: z.number().nullish(),
  misleading: z.number().nullish(),
  lastNoticeAt: z.string().nullish(),
  daysMailingAfterExpiry: z.number().nullish(),
});
export type LapsePressure = z.infer<typeof lapsePressureSchema> & { vendor: string };

/** Notices per vendor over the account's history, with its pressure on lapsing certificates. */
export const vendorTotalsSchema = z.looseObject({
  vendor: z.string(),
  notices: z.number(),
  misleading: z.number().nullish(),
  spoofed: z.number().nullish(),
  lastNoticeAt: z.string().nullish(),
  letLapse: z.array(lapsePressureSchema).default([]),
});
export type VendorTotals = z.infer<typeof vendorTotalsSchema>;

/** `GET /api/vendors`: `{vendors}`; the lapse pressure is flattened to one row per vendor and certificate. */
export const vendorsSchema = z.looseObject({ vendors: z.array(vendorTotalsSchema) }).transform((body) => ({
  vendors: body.vendors,
  pressure: body.vendors.flatMap((v) => v.letLapse.map((row): LapsePressure => ({ ...row, vendor: v.vendor }))),
}));

/**
 * `POST /api/certificates` answers `{certificates, created}`: every record of the upload, and how
 * many were new (0 when the account had them all already).
 */
export const certificateImportSchema = z
  .looseObject({ certificates: z.array(certificateSchema), created: z.number().int().nonnegative().optional() })
  .transform((body) => ({ certificates: body.certificates, created: body.created ?? body.certificates.length }));

/** `PATCH /api/certificates/:id` answers `{certificate}`. */
export const certificateAnswerSchema = z.union([
  z.looseObject({ certificate: certificateSchema }).transform((body) => body.certificate),
  certificateSchema,
]);
