import { browser } from "wxt/browser";
import { roundcubeOriginsItem } from "./storage";

// Self-hosted Roundcube lives on the user's own domain, so its overlay cannot be listed in the
// manifest: the user adds the URL, grants the origin, and the content script is registered at
// runtime. The list is kept in storage and re-applied at every start, so it survives restarts
// in browsers that do not persist registrations.

export const ROUNDCUBE_SCRIPT_ID = "certitude-roundcube";
/** Where WXT emits the `roundcube` runtime content script. */
export const ROUNDCUBE_SCRIPT_FILE = "content-scripts/roundcube.js";

/** The origin of a Roundcube URL the user typed, or an error message when it is not one. */
export function parseRoundcubeUrl(input: string): { origin: string } | { error: string } {
  let url: URL;
  try {
    url = new URL(input.trim().includes("://") ? input.trim() : `https://${input.trim()}`);
  } catch {
    return { error: "not-a-url" };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return { error: "not-http" };
  return { origin: url.origin };
}

/** The match pattern granting and matching every page of an origin. */
export function originPattern(origin: string): string {
  return `${origin}/*`;
}

/** Makes the registered Roundcube content script match exactly the stored, granted origins. */
export async function applyRoundcubeRegistration(): Promise<string[]> {
  const stored = await roundcubeOriginsItem.getValue();
  const granted: string[] = [];
  for (const origin of stored) {
    if (await browser.permissions.contains({ origins: [originPattern(origin)] })) granted.push(origin);
  }
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [ROUNDCUBE_SCRIPT_ID] });
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [ROUNDCUBE_SCRIPT_ID] });
  if (granted.length > 0) {
    await browser.scripting.registerContentScripts([
      {
        id: ROUNDCUBE_SCRIPT_ID,
        js: [ROUNDCUBE_SCRIPT_FILE],
        matches: granted.map(originPattern),
        // Roundcube shows the open message in a same-origin frame (#messagecontframe).
        allFrames: true,
        runAt: "document_idle",
        persistAcrossSessions: true,
      },
    ]);
  }
  return granted;
}

/** Adds an origin (its host permission must already be granted) and registers the script for it. */
export async function addRoundcubeOrigin(origin: string): Promise<string[]> {
  const origins = await roundcubeOriginsItem.getValue();
  if (!origins.includes(origin)) await roundcubeOriginsItem.setValue([...origins, origin]);
  return applyRoundcubeRegistration();
}

/** Removes an origin, stops the overlay there and gives its host permission back. */
export async function removeRoundcubeOrigin(origin: string): Promise<string[]> {
  const origins = await roundcubeOriginsItem.getValue();
  await roundcubeOriginsItem.setValue(origins.filter((o) => o !== origin));
  const granted = await applyRoundcubeRegistration();
  await browser.permissions.remove({ origins: [originPattern(origin)] }).catch(() => false);
  return granted;
}
