import * as asn1js from "asn1js";
import * as pkijs from "pkijs";
import type { TestCa } from "./test-ca";

export interface OcspResponderOptions {
  /** Sign with a delegated responder certificate (id-kp-OCSPSigning) instead of the CA key. */
  delegate?: { certificate: { rawData: ArrayBuffer }; keys: CryptoKeyPair };
  /** Answer only POST requests, as some responders do (GET gets 405). */
  postOnly?: boolean;
  /** Sign with this key while naming the CA as responder (a forged answer). */
  forgeWith?: CryptoKey;
  nextUpdate?: Date;
  thisUpdate?: Date;
}

/**
 * An RFC 6960 OCSP responder for a test CA: takes the DER OCSPRequest by POST or by GET
 * (`/ocsp/{url-encoded base64}`, appendix A.1), answers each CertID from
 * the CA's revocation register (good / revoked with time and reason / unknown for other issuers)
 * and signs a BasicOCSPResponse.
 */
export function ocspResponder(ca: TestCa, options: OcspResponderOptions = {}) {
  return async (request: Request): Promise<Response> => {
    let der: ArrayBuffer;
    if (request.method === "GET") {
      if (options.postOnly) return new Response("method not allowed", { status: 405 });
      const encoded = new URL(request.url).pathname.split("/").pop() ?? "";
      der = Uint8Array.from(atob(decodeURIComponent(encoded)), (c) => c.charCodeAt(0)).buffer;
    } else if (request.headers.get("content-type") !== "application/ocsp-request") {
      return new Response("expected application/ocsp-request", { status: 415 });
    } else {
      der = await request.arrayBuffer();
    }
    const ocspRequest = pkijs.OCSPRequest.fromBER(der);
    const caCert = pkijs.Certificate.fromBER(ca.certificate.rawData);
    const signerCert = options.delegate ? pkijs.Certificate.fromBER(options.delegate.certificate.rawData) : caCert;
    const thisUpdate = options.thisUpdate ?? new Date();

    const basic = new pkijs.BasicOCSPResponse();
    basic.tbsResponseData.responderID = signerCert.subject;
    basic.tbsResponseData.producedAt = thisUpdate;
    for (const { reqCert } of ocspRequest.tbsRequest.requestList) {
      const status = await statusFor(ca, caCert, reqCert);
      basic.tbsResponseData.responses.push(
        new pkijs.SingleResponse({
          certID: reqCert,
          certStatus: status,
          thisUpdate,
          nextUpdate: options.nextUpdate ?? new Date(thisUpdate.getTime() + 7 * 86_400_000),
        }),
      );
    }
    if (options.delegate) basic.certs = [signerCert];
    const key = options.forgeWith ?? options.delegate?.keys.privateKey ?? ca.keys.privateKey;
    await basic.sign(key, "SHA-256");

    const response = new pkijs.OCSPResponse({
      responseStatus: new asn1js.Enumerated({ value: 0 }),
      responseBytes: new pkijs.ResponseBytes({
        responseType: "1.3.6.1.5.5.7.48.1.1",
        response: new asn1js.OctetString({ valueHex: basic.toSchema().toBER(false) }),
      }),
    });
    return new Response(response.toSchema().toBER(false), { headers: { "content-type": "application/ocsp-response" } });
  };
}

async function statusFor(ca: TestCa, caCert: pkijs.Certificate, reqCert: pkijs.CertID) {
  const hashName = reqCert.hashAlgorithm.algorithmId === "1.3.14.3.2.26" ? "SHA-1" : "SHA-256";
  const own = new pkijs.CertID();
  // Hashes of this CA's name and key: a CertID naming another issuer gets "unknown".
  await own.createForCertificate(caCert, { hashAlgorithm: hashName, issuerCertificate: caCert });
  const sameIssuer =
    equalBytes(own.issuerNameHash.valueBlock.valueHexView, reqCert.issuerNameHash.valueBlock.valueHexView) &&
    equalBytes(own.issuerKeyHash.valueBlock.valueHexView, reqCert.issuerKeyHash.valueBlock.valueHexView);
  if (!sameIssuer) return new asn1js.Primitive({ idBlock: { tagClass: 3, tagNumber: 2 } });
  const serial = [...reqCert.serialNumber.valueBlock.valueHexView].map((b) => b.toString(16).padStart(2, "0")).join("");
  const revocation = ca.revoked.get(serial.replace(/^(00)+(?=.)/, "")) ?? ca.revoked.get(serial);
  if (!revocation) return new asn1js.Primitive({ idBlock: { tagClass: 3, tagNumber: 0 } });
  const info: asn1js.AsnType[] = [new asn1js.GeneralizedTime({ valueDate: revocation.revokedAt })];
  if (revocation.reason !== undefined) {
    info.push(
      new asn1js.Constructed({
        idBlock: { tagClass: 3, tagNumber: 0 },
        value: [new asn1js.Enumerated({ value: revocation.reason })],
      }),
    );
  }
  return new asn1js.Constructed({ idBlock: { tagClass: 3, tagNumber: 1 }, value: info });
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}
