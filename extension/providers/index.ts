import { fastmail } from "./fastmail";
import { generic } from "./generic";
import { gmail } from "./gmail";
import { outlook } from "./outlook";
import { proton } from "./proton";
import { roundcube } from "./roundcube";
import type { WebmailProvider } from "./types";
import { yahoo } from "./yahoo";

/** Every webmail with its own adapter, by id; each has a content script of the same name. */
export const PROVIDERS: Readonly<Record<string, WebmailProvider>> = { gmail, outlook, yahoo, proton, fastmail, roundcube };

/** The adapter for a host, or the generic fallback when no adapter claims it. */
export function providerForHost(host: string): WebmailProvider {
  const name = host.toLowerCase();
  return Object.values(PROVIDERS).find((provider) => provider.hosts.includes(name)) ?? generic;
}

/** The manifest match patterns of a provider's content script. */
export function matchPatterns(provider: WebmailProvider): string[] {
  return provider.hosts.map((host) => `https://${host}/*`);
}
