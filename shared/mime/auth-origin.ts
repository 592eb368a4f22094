import { getDomain } from "tldts";
import { authservIdOf } from "./auth-results";

const RECEIVED_BY = /\bby\s+([a-z0-9][a-z0-9.-]*[a-z0-9])/i;
const orgOf = (host: string) => getDomain(host) ?? host;

/**
 * Whether the topmost `Authentication-Results` was written by a server the message passed
 * through: it stands above every `Received` header (the delivering server wrote both at the
 * top), or its authserv-id belongs to the domain of a server that a `Received` header above it
 * says received the message (`by mx.google.com`). One that sits under the trace of a server of
 * another domain came with the message, whoever wrote it. Exchange Online writes no authserv-id:
 * its verdicts are taken as its own.
 *
 * @example topmostWrittenOnArrival(email.headers) // headers top to bottom, as postal-mime lists them
 */
export function topmostWrittenOnArrival(ordered: readonly { key: string; value: string }[]): boolean {
  const receivers: string[] = [];
  for (const { key, value } of ordered) {
    const name = key.toLowerCase();
    if (name === "received") {
      const by = RECEIVED_BY.exec(value.replace(/\s+/g, " "))?.[1];
      if (by) receivers.push(orgOf(by.toLowerCase()));
      continue;
    }
    if (name !== "authentication-results") continue;
    const id = authservIdOf(value);
    if (!id || receivers.length === 0) return true;
    return receivers.includes(orgOf(id));
  }
  return true;
}
