import type { PeerHandler } from "./network";

/** A renewal window the peer serves for one certificate ID. */
export interface PeerWindow {
  start: string;
  end: string;
  explanationURL?: string;
}

/**
 * An ACME server's ARI side (RFC 9773): `GET /directory` lists `renewalInfo` (unless `withoutAri`),
 * `GET /renewal-info/<certID>` answers the window set for that ID with a Retry-After, 404 for IDs
 * it never issued. Requests are recorded.
 */
export function ariServer(host: string, options: { withoutAri?: boolean } = {}) {
  const windows = new Map<string, PeerWindow>();
  const requests: string[] = [];
  const handler: PeerHandler = (request) => {
    const url = new URL(request.url);
    requests.push(url.pathname);
    if (request.method !== "GET") return new Response(null, { status: 405 });
    if (url.pathname === "/directory") {
      return Response.json({
        newNonce: `https://${host}/new-nonce`,
        newAccount: `https://${host}/new-account`,
        newOrder: `https://${host}/new-order`,
        ...(options.withoutAri ? {} : { renewalInfo: `https://${host}/renewal-info` }),
      });
    }
    const id = url.pathname.match(/^\/renewal-info\/([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/)?.[1];
    if (!id) return Response.json({ type: "urn:ietf:params:acme:error:malformed" }, { status: 400 });
    const window = windows.get(id);
    if (!window)
      return Response.json(
        { type: "urn:ietf:params:acme:error:malformed", detail: "unknown certificate" },
        { status: 404 },
      );
    const { explanationURL, ...suggestedWindow } = window;
    return Response.json(
      { suggestedWindow, ...(explanationURL ? { explanationURL } : {}) },
      { headers: { "Retry-After": "21600" } },
    );
  };
  return { handler, windows, requests };
}
