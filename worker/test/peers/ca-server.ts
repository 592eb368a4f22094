import type { PeerHandler } from "./network";
import { ocspResponder, type OcspResponderOptions } from "./ocsp-responder";
import type { TestCa } from "./test-ca";

export interface CaServerOptions {
  /** How the CRL is produced for each request (defaults to a fresh CRL valid for a week). */
  crl?: () => Promise<Uint8Array<ArrayBuffer>>;
  ocsp?: OcspResponderOptions;
}

/** The CA's web server: CRL at /crl/ca.crl, issuer certificate at /ca.cer, OCSP at /ocsp (POST) and /ocsp/… (GET). Counts CRL downloads. */
export function caServer(ca: TestCa, options: CaServerOptions = {}): PeerHandler & { crlDownloads: number } {
  const ocsp = ocspResponder(ca, options.ocsp);
  const handler = (async (request: Request) => {
    const path = new URL(request.url).pathname;
    if (path === "/crl/ca.crl" && request.method === "GET") {
      handler.crlDownloads++;
      const now = new Date();
      const der = options.crl
        ? await options.crl()
        : await ca.signCrl({ thisUpdate: now, nextUpdate: new Date(now.getTime() + 7 * 86_400_000) });
      return new Response(der, { headers: { "content-type": "application/pkix-crl" } });
    }
    if (path === "/ca.cer")
      return new Response(ca.certificate.rawData, { headers: { "content-type": "application/pkix-cert" } });
    if (path === "/ocsp" && request.method === "POST") return ocsp(request);
    if (path.startsWith("/ocsp/") && request.method === "GET") return ocsp(request);
    return new Response("not found", { status: 404 });
  }) as PeerHandler & { crlDownloads: number };
  handler.crlDownloads = 0;
  return handler;
}
