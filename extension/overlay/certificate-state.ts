import type { ApiCertificate } from "../utils/api/api-schemas";
import { askBackground } from "./ask-background";
import { certificateCacheItem } from "../utils/storage/storage";

/** What the overlay knows of the account: the cached certificates, asked of the background. */
export interface CertificateState {
  connected: boolean;
  certificates: ApiCertificate[];
}

const DISCONNECTED: CertificateState = { connected: false, certificates: [] };

/**
 * The certificates from the background's cache (`get-state`), asked once and asked again only
 * after the cache in storage changes — a page full of mutations does not become a stream of
 * messages.
 */
export function certificateState(): { current(): Promise<CertificateState>; stop(): void } {
  let pending: Promise<CertificateState> | undefined;
  const ask = async (): Promise<CertificateState> => {
    const answer = await askBackground({ type: "get-state" });
    if (!answer.ok) {
      pending = undefined; // ask again next time: the background may have been asleep
      return DISCONNECTED;
    }
    return { connected: answer.connected, certificates: answer.certificates };
  };
  const unwatch = certificateCacheItem.watch(() => {
    pending = undefined;
  });
  return {
    current: () => (pending ??= ask()),
    stop: () => unwatch(),
  };
}
