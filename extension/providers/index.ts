import { fastmail } from "./fastmail";
import { generic } from "./generic";
import { gmail } from "./gmail";
import { outlook } from "./outlook";
import { proton } from "./proton";
import { roundcube } from "./roundcube";
import type { WebmailProvider } from "./types";
import { yahoo } from "./yahoo";

/** Every webmail with its own adapter, by id; each has a content script of the same name. */
export const PROVIDERS: Readonly<Record<string, WebmailProvider>> = {
  gmail,
  outlook,
  yahoo,
  proton,
  fastmail,
  roundcube,
};

/** The adapter for a host, or the generic fallback when no adapter claims it. */
export function providerForHost(host: string): WebmailProvider {
  const name = host.toLowerCase();
  return Object.values(PROVIDERS).find((provider) => provider.hosts.includes(name)) ?? generic;
}

/** Roundcube names its body class after the task ("task-mail") and keeps the list in #messagelist. */
const ROUNDCUBE_MARKERS = "body.task-mail #messagelist, body.task-mail #messagebody, body.task-mail #messagecontframe";

/**
 * The adapter for a page on a self-hosted origin the user added: Roundcube when the page is one
 * (the preview frame or the full message view), the generic reader otherwise.
 */
export function providerForPage(doc: Document): WebmailProvider {
  const byHost = providerForHost(doc.location?.hostname ?? "");
  if (byHost !== generic) return byHost;
  return doc.querySelector(ROUNDCUBE_MARKERS) ? roundcube : generic;
}

/** The manifest match patterns of a provider's content script. */
export function matchPatterns(provider: WebmailProvider): string[] {
  return provider.hosts.map((host) => `https://${host}/*`);
}
