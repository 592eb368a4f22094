import "reflect-metadata";
import { ExtendedKeyUsageExtension, X509Certificate } from "@peculiar/x509";
import * as pkijs from "pkijs";
import { boundedFetch, type OutboundLimits } from "../outbound/bounded-fetch";
import { humanDate, reasonName, type RevocationVerdict } from "./verdict";

const MAX_OCSP_BYTES = 65_536;
const ID_PKIX_OCSP_BASIC = "1.3.6.1.5.5.7.48.1.1";
const ID_KP_OCSP_SIGNING = "1.3.6.1.5.5.7.3.9";
const RESPONSE_STATUS = [
  "successful",
  "malformedRequest",
  "internalError",
  "?",
  "tryLater",
  "sigRequired",
  "unauthorized",
];

/**
 * Asks the CA's OCSP responder about `certificate` (RFC 6960): sends a SHA-1 CertID request (GET
 * when small, as appendix A.1 allows and CDNs cache; POST otherwise or when GET fails),
 * checks that the answer is signed by the issuer or by a responder the issuer delegated to
 * (id-kp-OCSPSigning), that it answers for this CertID and is current, and reads its status.
 */
export async function checkOcsp(options: {
  url: string;
  certificate: X509Certificate;
  issuer: X509Certificate;
  now: Date;
  outbound: OutboundLimits;
}): Promise<RevocationVerdict> {
  const { url, now } = options;
  const unknown = (detail: string): RevocationVerdict => ({ status: "unknown", source: "ocsp", url, detail });
  const certificate = pkijs.Certificate.fromBER(options.certificate.rawData);
  const issuer = pkijs.Certificate.fromBER(options.issuer.rawData);
  const request = new pkijs.OCSPRequest();
  await request.createForCertificate(certificate, { hashAlgorithm: "SHA-1", issuerCertificate: issuer });
  const certId = request.tbsRequest.requestList[0].reqCert;

  const fetched = await askResponder(url, new Uint8Array(request.toSchema(true).toBER()), options.outbound);
  if (!fetched.ok) return unknown(`The OCSP responder at ${url} could not be asked: ${fetched.detail}.`);

  let basic: pkijs.BasicOCSPResponse;
  try {
    const response = pkijs.OCSPResponse.fromBER(fetched.body);
    const code = response.responseStatus.valueBlock.valueDec;
    if (code !== 0)
      return unknown(`The OCSP responder at ${url} answered "${RESPONSE_STATUS[code] ?? code}" instead of a status.`);
    if (response.responseBytes?.responseType !== ID_PKIX_OCSP_BASIC)
      return unknown(`The OCSP responder at ${url} sent no basic OCSP response.`);
    basic = pkijs.BasicOCSPResponse.fromBER(new Uint8Array(response.responseBytes.response.valueBlock.valueHexView));
  } catch {
    return unknown(`The answer from ${url} is not an OCSP response.`);
  }

  const signer = await authorizedSigner(basic, issuer, options.issuer, now);
  if (!signer)
    return unknown(
      `The OCSP response from ${url} is not signed by the issuer or a responder it delegated to: it cannot be trusted.`,
    );
  const single = basic.tbsResponseData.responses.find((r) => r.certID.isEqual(certId));
  if (!single)
    return unknown(`The OCSP response from ${url} does not answer for this certificate (no matching CertID).`);
  if (single.nextUpdate && single.nextUpdate < now) {
    return unknown(
      `The OCSP response from ${url} is stale: its nextUpdate (${humanDate(single.nextUpdate)}) has passed.`,
    );
  }
  const base = { source: "ocsp" as const, url, publishedAt: single.thisUpdate.toISOString() };
  const when = humanDate(single.thisUpdate);
  const tag = single.certStatus?.idBlock?.tagNumber;
  if (tag === 0)
    return {
      ...base,
      status: "good",
      detail: `The CA's OCSP responder said on ${when} that the certificate is good (not revoked).`,
    };
  if (tag === 1) {
    const [time, reasonBlock] = single.certStatus.valueBlock.value ?? [];
    const revokedAt: Date | undefined = typeof time?.toDate === "function" ? time.toDate() : undefined;
    const reason = reasonName(reasonBlock?.valueBlock?.value?.[0]?.valueBlock?.valueDec);
    const on = revokedAt ? ` on ${humanDate(revokedAt)}` : "";
    return {
      ...base,
      status: "revoked",
      ...(revokedAt ? { revokedAt: revokedAt.toISOString() } : {}),
      ...(reason ? { reason } : {}),
      detail: `The CA's OCSP responder said on ${when} that the certificate was revoked${on}${reason ? ` (reason: ${reason})` : ""}.`,
    };
  }
  return {
    ...base,
    status: "unknown",
    detail: `The CA's OCSP responder said on ${when} that it does not know this certificate.`,
  };
}

/** RFC 5019 §5: GET only when the URL-encoded request stays under 255 bytes. */
const MAX_GET_REQUEST = 255;

/**
 * The responder's answer to a DER OCSPRequest: by GET (`{url}/{url-encoded base64}`, RFC 6960
 * appendix A.1) for a small request, by POST when the request is larger or the GET brought no
 * OCSP response (a responder that only takes POST answers 405 or an HTML page).
 */
async function askResponder(url: string, der: Uint8Array<ArrayBuffer>, outbound: OutboundLimits) {
  const accept = { accept: "application/ocsp-response" };
  const encoded = encodeURIComponent(btoa(String.fromCharCode(...der)));
  if (encoded.length < MAX_GET_REQUEST) {
    const viaGet = await boundedFetch(`${url.replace(/\/+$/, "")}/${encoded}`, {
      headers: accept,
      ...outbound,
      maxBytes: MAX_OCSP_BYTES,
    });
    if (viaGet.ok && isOcspResponse(viaGet.body)) return viaGet;
    // A responder that could not be reached (or refused, or ran out of budget) will not answer a
    // POST either: only an answer that is not an OCSP response is worth a second request.
    if (!viaGet.ok && viaGet.kind !== "http-status") return viaGet;
  }
  return boundedFetch(url, {
    method: "POST",
    headers: { "content-type": "application/ocsp-request", ...accept },
    body: der,
    ...outbound,
    maxBytes: MAX_OCSP_BYTES,
  });
}

function isOcspResponse(body: Uint8Array<ArrayBuffer>): boolean {
  try {
    pkijs.OCSPResponse.fromBER(body);
    return true;
  } catch {
    return false;
  }
}

/** The certificate whose key signed the response, if the issuer authorizes it to; else null. */
async function authorizedSigner(
  basic: pkijs.BasicOCSPResponse,
  issuer: pkijs.Certificate,
  issuerX509: X509Certificate,
  now: Date,
): Promise<pkijs.Certificate | null> {
  const engine = pkijs.getCrypto(true);
  for (const candidate of [issuer, ...(basic.certs ?? [])]) {
    if (!(await matchesResponderId(candidate, basic.tbsResponseData.responderID, engine))) continue;
    const valid = await engine
      .verifyWithPublicKey(
        new Uint8Array(basic.tbsResponseData.tbsView),
        basic.signature,
        candidate.subjectPublicKeyInfo,
        basic.signatureAlgorithm,
      )
      .catch(() => false);
    if (!valid) continue;
    if (candidate === issuer) return candidate;
    if (await isDelegatedResponder(candidate, issuerX509, now)) return candidate;
  }
  return null;
}

async function matchesResponderId(
  certificate: pkijs.Certificate,
  responderId: unknown,
  engine: pkijs.ICryptoEngine,
): Promise<boolean> {
  if (responderId instanceof pkijs.RelativeDistinguishedNames) return certificate.subject.isEqual(responderId);
  const keyHash = (responderId as { valueBlock?: { valueHexView?: Uint8Array } })?.valueBlock?.valueHexView;
  if (!keyHash) return false;
  const digest = new Uint8Array(
    await engine.digest(
      { name: "SHA-1" },
      new Uint8Array(certificate.subjectPublicKeyInfo.subjectPublicKey.valueBlock.valueHexView),
    ),
  );
  return digest.length === keyHash.length && digest.every((byte, i) => byte === keyHash[i]);
}

async function isDelegatedResponder(
  candidate: pkijs.Certificate,
  issuer: X509Certificate,
  now: Date,
): Promise<boolean> {
  const responder = new X509Certificate(candidate.toSchema().toBER(false));
  if (responder.issuer !== issuer.subject) return false;
  const eku = responder.getExtension(ExtendedKeyUsageExtension);
  if (!eku?.usages.map(String).includes(ID_KP_OCSP_SIGNING)) return false;
  return responder.verify({ publicKey: issuer, date: now }).catch(() => false);
}
