import { z } from "zod";
import { certificateSchema } from "./api-schemas";

// Answers of the account's administration routes (settings, alerts, tokens, CT, backups).
// Loose objects, like the other schemas: the Worker may add fields.

/** One channel's attempt to deliver an alert. */
export const deliverySchema = z.looseObject({
  channel: z.string(),
  status: z.string(),
  attempts: z.number().optional(),
  lastAttemptAt: z.string().nullish(),
  lastError: z.string().nullish(),
  deliveredAt: z.string().nullish(),
});

export const alertSchema = z.looseObject({
  id: z.string(),
  certificateId: z.string().nullish(),
  type: z.string(),
  title: z.string(),
  message: z.string().default(""),
  createdAt: z.string(),
  deliveries: z.array(deliverySchema).default([]),
});
export type ApiAlert = z.infer<typeof alertSchema>;
export const alertListSchema = z.looseObject({ alerts: z.array(alertSchema) });

/** `POST /api/alerts/test`: one result per configured channel. */
export const testDeliverySchema = z.looseObject({
  channel: z.string(),
  ok: z.boolean(),
  status: z.union([z.number(), z.string()]).nullish(),
  error: z.string().nullish(),
});
export type TestDelivery = z.infer<typeof testDeliverySchema>;
export const testAlertSchema = z.looseObject({ deliveries: z.array(testDeliverySchema) });

export const settingsSchema = z.looseObject({
  expiryThresholds: z.array(z.number()),
  webhook: z.looseObject({ url: z.string(), format: z.string(), secretSet: z.boolean().optional() }).nullable(),
  alertEmail: z.string().nullable(),
  forwardTo: z.string().nullable(),
});
export type ApiSettings = z.infer<typeof settingsSchema>;

export const inboundAddressSchema = z.looseObject({ address: z.string(), createdAt: z.string() });
export const inboundListSchema = z.looseObject({ inboundAddresses: z.array(inboundAddressSchema) });
export const inboundCreatedSchema = z.looseObject({ inboundAddress: inboundAddressSchema });

export const tokenSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  scope: z.string().optional(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullish(),
  revokedAt: z.string().nullish(),
});
export type ApiToken = z.infer<typeof tokenSchema>;
export const tokenListSchema = z.looseObject({ tokens: z.array(tokenSchema) });
export const tokenCreatedSchema = z.looseObject({ apiToken: tokenSchema, token: z.string() });

/** A secret calendar feed: its URL is shown once, when created. */
export const feedSchema = z.looseObject({
  id: z.string(),
  createdAt: z.string(),
  revokedAt: z.string().nullish(),
  url: z.string().optional(),
});
export type ApiFeed = z.infer<typeof feedSchema>;
export const feedListSchema = z.looseObject({ feeds: z.array(feedSchema) });
export const feedCreatedSchema = z.looseObject({ feed: feedSchema, url: z.string() });

export const revocationCheckSchema = z.looseObject({
  status: z.string(),
  source: z.string().nullish(),
  checkedAt: z.string(),
  revokedAt: z.string().nullish(),
  reason: z.string().nullish(),
  detail: z.string().default(""),
});
export type RevocationCheck = z.infer<typeof revocationCheckSchema>;

export const candidateSchema = z.looseObject({
  id: z.string(),
  commonName: z.string().nullable(),
  names: z.array(z.string()).default([]),
  issuer: z.string(),
  notBefore: z.string(),
  notAfter: z.string(),
  owned: z.boolean(),
});
export type CtCandidate = z.infer<typeof candidateSchema>;
export const discoverSchema = z.looseObject({
  provider: z.string(),
  domain: z.string(),
  candidates: z.array(candidateSchema),
});
export const discoverImportSchema = z.looseObject({
  imported: z.array(z.looseObject({ id: z.string(), commonName: z.string(), created: z.boolean() })),
  failed: z.array(z.looseObject({ id: z.string(), error: z.string() })),
});

export const inventoryImportSchema = z.looseObject({
  certificates: z.array(certificateSchema),
  created: z.number().optional(),
});
export const backupImportSchema = z.looseObject({
  imported: z.record(z.string(), z.number()),
  skipped: z.record(z.string(), z.number()).default({}),
});
/** Any JSON answer (an export is passed on as it came). */
export const anyJson = z.unknown();
