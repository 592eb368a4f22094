import { vi } from "vitest";

/** A protocol peer: a real server implementation reached in-process (Request in, Response out). */
export type PeerHandler = (request: Request) => Response | Promise<Response>;

/**
 * Routes the Worker's outbound `fetch` to in-process peers by host. Only the transport is
 * replaced: peers parse the request and build (and sign) their answers themselves. Unknown hosts
 * fail like an unreachable network, and a caller's AbortSignal (timeouts) is honoured.
 */
export function routeFetchToPeers(peers: Record<string, PeerHandler>) {
  return vi.spyOn(globalThis, "fetch").mockImplementation(async (input, init) => {
    const request = new Request(input, init);
    const host = new URL(request.url).host;
    const peer = peers[host];
    if (!peer) throw new TypeError(`Network connection lost: no route to ${host}`);
    const signal = init?.signal ?? null;
    if (signal?.aborted) throw signal.reason;
    const answer = Promise.resolve().then(() => peer(request));
    if (!signal) return answer;
    return Promise.race([
      answer,
      new Promise<never>((_, reject) => signal.addEventListener("abort", () => reject(signal.reason), { once: true })),
    ]);
  });
}

/** A peer that never answers (its caller's timeout has to end the wait). */
export const silentPeer: PeerHandler = () => new Promise<Response>(() => {});

/** A peer that streams `size` bytes of noise, without a Content-Length, to test byte caps. */
export function floodPeer(size: number): PeerHandler {
  return () => {
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= size) return controller.close();
        const chunk = new Uint8Array(Math.min(65_536, size - sent)).fill(0x30);
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    return new Response(stream, { headers: { "content-type": "application/pkix-crl" } });
  };
}
