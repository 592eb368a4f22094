import { createWorkerClient, type WorkerClient } from "../utils/api/api";
import { certificateCacheItem, connectionItem, type Connection } from "../utils/storage/storage";
import {
  requestSchema,
  type AnswerMap,
  type Failure,
  type Request,
  type StateAnswer,
} from "../utils/messaging/messages";
import { refreshCache } from "../utils/storage/sync";
import { updateBadge } from "./badge";
import { dohLookup, type DohFetch } from "./doh-lookup";

type ClientFactory = (connection: Connection) => WorkerClient;
type Handled = ({ ok: true } & AnswerMap[keyof AnswerMap]) | Failure;

/**
 * Answers the messages of content scripts and extension pages. Input is checked with zod:
 * content scripts run inside webmail pages whose content is hostile.
 */
export function createMessageHandler(
  clientFor: ClientFactory = (connection) => createWorkerClient(connection),
  dohFetch: DohFetch = (...args) => fetch(...args),
) {
  async function client(): Promise<WorkerClient> {
    const connection = await connectionItem.getValue();
    if (!connection) throw new Error("Certitude is not connected to a Worker. Open the dashboard and connect.");
    return clientFor(connection);
  }

  async function handle(request: Request): Promise<Handled> {
    switch (request.type) {
      case "get-state":
        return { ok: true, ...(await currentState()) };
      case "refresh": {
        const outcome = await refreshCache(new Date(), clientFor);
        await updateBadge(outcome.cache?.certificates ?? null);
        if (!outcome.ok && outcome.kind === "not-connected") return { ok: false, error: outcome.error };
        return { ok: true, ...(await currentState()) };
      }
      case "classify-store":
        return { ok: true, ...(await (await client()).classify(request.notice, true)) };
      case "store-source":
        return { ok: true, ...(await (await client()).storeRawNotice(new TextEncoder().encode(request.raw))) };
      case "dns-txt":
        return { ok: true, answer: await dohLookup(request.name, dohFetch) };
      case "set-intent": {
        const certificate = await (await client()).setIntent(request.certificateId, request.intent, request.reason);
        const cache = await certificateCacheItem.getValue();
        if (cache) {
          const certificates = cache.certificates.map((c) => (c.id === certificate.id ? certificate : c));
          await certificateCacheItem.setValue({ ...cache, certificates });
          await updateBadge(certificates);
        }
        return { ok: true, certificate };
      }
    }
  }

  return async function onMessage(message: unknown): Promise<Handled> {
    const parsed = requestSchema.safeParse(message);
    if (!parsed.success)
      return { ok: false, error: `Unknown or malformed message: ${parsed.error.issues[0]?.message}` };
    try {
      return await handle(parsed.data);
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  };
}

async function currentState(): Promise<StateAnswer> {
  const [connection, cache] = await Promise.all([connectionItem.getValue(), certificateCacheItem.getValue()]);
  return {
    connected: connection !== null,
    certificates: cache?.certificates ?? [],
    fetchedAt: cache?.fetchedAt ?? null,
  };
}
