import type { Context } from "hono";
import { parseCertificateUpload } from "../../../shared/x509/certificate-upload";
import { CertificateInputError, type CertificateInputErrorCode } from "../../../shared/x509/pem";
import { pkcs12Refusal } from "../../../shared/x509/pkcs-containers";
import type { AppEnv } from "../app-env";
import type { NewCertificate } from "../db/certificate-rows";
import { ApiError } from "../errors";
import { parseOrReject } from "../validation";
import { certificateFromRecord, certificateFromUpload } from "./create";
import { ManualRecordSchema, type OwnerFields, PemUploadSchema } from "./input";

/** Media types of `POST /api/certificates` and how each is read. */
export const PEM_TYPES = ["application/x-pem-file", "text/plain", "application/pem-certificate-chain"];
export const DER_TYPES = ["application/pkix-cert", "application/x-x509-ca-cert"];
/** PKCS#7 certificate bundles (.p7b/.p7c), DER or PEM. */
const PKCS7_TYPES = ["application/pkcs7-mime", "application/x-pkcs7-certificates"];
/** PKCS#12 (.p12/.pfx): refused, it carries the private key. */
const PKCS12_TYPES = ["application/x-pkcs12", "application/pkcs12"];

/** The records an upload makes, and what was ignored on the way (said in the answer). */
export interface Submission {
  candidates: NewCertificate[];
  warnings: string[];
}

const STATUS_BY_CODE: Record<CertificateInputErrorCode, 400 | 422> = {
  private_key: 422,
  pkcs12: 422,
  no_end_entity: 422,
  no_certificate: 400,
  malformed_certificate: 400,
  too_many_certificates: 400,
};

async function fromUpload(input: string | Uint8Array, fields: OwnerFields): Promise<Submission> {
  try {
    const upload = await parseCertificateUpload(input);
    return {
      candidates: upload.endEntities.map((entity) => certificateFromUpload(entity, fields)),
      warnings: upload.warnings,
    };
  } catch (error) {
    if (error instanceof CertificateInputError)
      throw new ApiError(STATUS_BY_CODE[error.code], error.code, error.message);
    throw error;
  }
}

/** The JSON body, validated by the schema its shape calls for (with `pem` or without). */
export function validateJsonSubmission(body: unknown) {
  const isUpload = typeof body === "object" && body !== null && "pem" in body;
  return isUpload
    ? ({ kind: "pem", body: parseOrReject(PemUploadSchema, body) } as const)
    : ({ kind: "manual", body: parseOrReject(ManualRecordSchema, body) } as const);
}

/**
 * Reads `POST /api/certificates` by its content type: PEM text, DER bytes, or JSON (a PEM
 * with owner fields, or a manual record), PKCS#7 (DER or PEM); refuses PKCS#12. Answers the
 * candidate records to store.
 */
export async function readSubmission(c: Context<AppEnv>): Promise<Submission> {
  const mediaType = (c.req.header("content-type") ?? "").split(";")[0].trim().toLowerCase();
  if (PEM_TYPES.includes(mediaType)) return fromUpload(await c.req.text(), {});
  if (DER_TYPES.includes(mediaType) || PKCS7_TYPES.includes(mediaType))
    return fromUpload(new Uint8Array(await c.req.arrayBuffer()), {});
  if (PKCS12_TYPES.includes(mediaType)) {
    const refusal = pkcs12Refusal();
    throw new ApiError(STATUS_BY_CODE[refusal.code], refusal.code, refusal.message);
  }
  if (mediaType === "application/json") {
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      throw new ApiError(400, "bad_request", "The body is not valid JSON.");
    }
    const submission = validateJsonSubmission(body);
    if (submission.kind === "pem") {
      const { pem, ...fields } = submission.body;
      return fromUpload(pem, fields);
    }
    return { candidates: [certificateFromRecord(submission.body)], warnings: [] };
  }
  throw new ApiError(
    415,
    "unsupported_media_type",
    `Content-Type ${mediaType || "(none)"} is not accepted; send application/x-pem-file, text/plain, application/pkix-cert, application/pkcs7-mime or application/json.`,
  );
}
