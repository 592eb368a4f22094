import { z } from "@hono/zod-openapi";

/** The owner's decision for a certificate. */
export const IntentSchema = z.enum(["renew", "let-lapse", "undecided"]).openapi("Intent");

/** Computed on every read, see worker/src/certificates/status.ts. */
export const StatusSchema = z.enum(["active", "expiring", "expired", "lapsed", "superseded"]).openapi("Status");

const text = z.string().nullable();

/** A certificate as the API answers it: inventory.json fields, parsed X.509 fields, owner-kept fields. */
export const CertificateSchema = z
  .object({
    id: z.string(),
    externalId: text.describe("The record's `id` in an imported inventory file."),
    commonName: z.string(),
    subject: text.describe("Full subject DN, e.g. `CN=www.example.com, O=Example BV`."),
    sans: z.array(z.string()).describe("DNS subject alternative names."),
    ipAddresses: z.array(z.string()),
    vendor: text,
    issuerCN: text,
    issuerO: text,
    orderNumbers: z.array(z.string()),
    notBefore: text,
    notAfter: z.string(),
    intent: IntentSchema,
    intentReason: text,
    autoRenew: z.boolean(),
    owner: text.describe("E-mail address of the person responsible."),
    notes: text,
    serialNumber: text.describe(
      "As `openssl x509 -serial` prints it: hex, upper case, no separators, `-` before a negative one.",
    ),
    fingerprintSha256: text.describe("SHA-256 of the DER, hex, upper case, no separators."),
    publicKeyAlgorithm: text,
    publicKeySize: z.number().int().nullable(),
    signatureAlgorithm: text,
    ocspUrls: z.array(z.string()),
    caIssuersUrls: z.array(z.string()),
    crlUrls: z.array(z.string()),
    selfSigned: z.boolean().nullable(),
    pem: z.string().nullable().optional().describe("Only on single-certificate answers."),
    chainPem: z.string().nullable().optional().describe("Issuer certificates uploaded with it."),
    status: StatusSchema,
    manualRenewal: z
      .object({
        maxDays: z.number().int().describe("Longest lifetime a public CA may issue today."),
        renewalsPerYear: z.number().int(),
        upcoming: z.array(
          z.object({
            from: z.string(),
            maxDays: z.number().int(),
            dcvReuseDays: z.number().int(),
            renewalsPerYear: z.number().int(),
            source: z.string(),
          }),
        ),
      })
      .nullable()
      .optional()
      .describe(
        "For a renew certificate renewed by hand (autoRenew false): renewals a year now and at each coming CA/B Forum SC-081 step.",
      ),
    renewalInfo: z
      .object({
        suggestedWindow: z.object({ start: z.string(), end: z.string() }),
        explanationURL: z.string().nullable(),
        checkedAt: z.string().nullable(),
        directory: z.string().nullable().describe("The CA's ACME directory the window came from."),
        early: z
          .boolean()
          .describe("The CA asks for renewal before two thirds of the lifetime, or explains why (explanationURL)."),
      })
      .nullable()
      .optional()
      .describe("ACME Renewal Information (RFC 9773) from the issuing CA, fetched daily for CAs that publish it."),
    alertThresholds: z
      .array(z.number().int())
      .nullable()
      .optional()
      .describe("Own reminder thresholds; null = the account's."),
    muteUntil: text.optional().describe("Alerts about this certificate are muted until then."),
    supersededBy: z.string().nullable().optional().describe("The certificate that renewed this one (found in CT)."),
    supersededAt: z.string().nullable().optional(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi("Certificate");

/** A certificate as the API answers it. */
export type Certificate = z.infer<typeof CertificateSchema>;

/** One change of intent. */
export const IntentChangeSchema = z
  .object({
    id: z.string(),
    certificateId: z.string(),
    changedAt: z.string(),
    changedBy: z.string().describe("Name of the API token that made the change."),
    fromIntent: z.union([IntentSchema, z.null()]).describe("null for the intent the record was created with."),
    toIntent: IntentSchema,
    reason: text,
  })
  .openapi("IntentChange");

/** One change of intent. */
export type IntentChange = z.infer<typeof IntentChangeSchema>;
