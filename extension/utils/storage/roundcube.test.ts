import { beforeEach, describe, expect, it } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import {
  addRoundcubeOrigin,
  applyRoundcubeRegistration,
  parseRoundcubeUrl,
  removeRoundcubeOrigin,
  ROUNDCUBE_SCRIPT_ID,
} from "./roundcube";
import { roundcubeOriginsItem } from "./storage";

type Registered = {
  id: string;
  js?: string[];
  matches?: string[];
  allFrames?: boolean;
  persistAcrossSessions?: boolean;
};

/**
 * The browser's registry of runtime content scripts and granted origins, which the fake browser
 * lacks. Registering an id twice fails, as in Chromium.
 */
function installBrowserRegistry(grantedOrigins: string[]) {
  const registered = new Map<string, Registered>();
  const granted = new Set(grantedOrigins);
  Object.assign(fakeBrowser, {
    scripting: {
      getRegisteredContentScripts: async (filter?: { ids?: string[] }) =>
        [...registered.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id)),
      registerContentScripts: async (scripts: Registered[]) => {
        for (const script of scripts) {
          if (registered.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
          registered.set(script.id, script);
        }
      },
      unregisterContentScripts: async (filter: { ids: string[] }) => {
        for (const id of filter.ids) registered.delete(id);
      },
    },
    permissions: {
      contains: async ({ origins = [] }: { origins?: string[] }) => origins.every((o) => granted.has(o)),
      remove: async ({ origins = [] }: { origins?: string[] }) => {
        for (const o of origins) granted.delete(o);
        return true;
      },
    },
  });
  return { registered, granted };
}

describe("Roundcube registration", () => {
  beforeEach(async () => {
    await roundcubeOriginsItem.setValue([]);
  });

  it("reads the origin of what the user typed", () => {
    expect(parseRoundcubeUrl("https://webmail.harborfinch.de/?_task=mail&_mbox=INBOX")).toEqual({
      origin: "https://webmail.harborfinch.de",
    });
    expect(parseRoundcubeUrl("webmail.harborfinch.de")).toEqual({ origin: "https://webmail.harborfinch.de" });
    expect(parseRoundcubeUrl("http://10.0.0.5:8080/roundcube/")).toEqual({ origin: "http://10.0.0.5:8080" });
    expect(parseRoundcubeUrl("ftp://webmail.harborfinch.de")).toEqual({ error: "not-http" });
    expect(parseRoundcubeUrl("https://")).toEqual({ error: "not-a-url" });
  });

  it("registers the roundcube content script for each granted origin and keeps the list", async () => {
    const { registered } = installBrowserRegistry(["https://webmail.harborfinch.de/*", "https://mail.kestrel.nl/*"]);
    await addRoundcubeOrigin("https://webmail.harborfinch.de");
    await addRoundcubeOrigin("https://mail.kestrel.nl");
    expect(registered.get(ROUNDCUBE_SCRIPT_ID)).toMatchObject({
      js: ["content-scripts/roundcube.js"],
      matches: ["https://webmail.harborfinch.de/*", "https://mail.kestrel.nl/*"],
      allFrames: true,
      persistAcrossSessions: true,
    });
    expect(await roundcubeOriginsItem.getValue()).toEqual([
      "https://webmail.harborfinch.de",
      "https://mail.kestrel.nl",
    ]);
  });

  it("registers again from storage after a restart, leaving out origins whose permission was revoked", async () => {
    await roundcubeOriginsItem.setValue(["https://webmail.harborfinch.de", "https://old-mail.harborfinch.de"]);
    const { registered } = installBrowserRegistry(["https://webmail.harborfinch.de/*"]);
    expect(await applyRoundcubeRegistration()).toEqual(["https://webmail.harborfinch.de"]);
    expect(await applyRoundcubeRegistration()).toEqual(["https://webmail.harborfinch.de"]);
    expect(registered.get(ROUNDCUBE_SCRIPT_ID)?.matches).toEqual(["https://webmail.harborfinch.de/*"]);
  });

  it("unregisters the script and gives the permission back when the last origin is removed", async () => {
    const { registered, granted } = installBrowserRegistry(["https://webmail.harborfinch.de/*"]);
    await addRoundcubeOrigin("https://webmail.harborfinch.de");
    await removeRoundcubeOrigin("https://webmail.harborfinch.de");
    expect(registered.size).toBe(0);
    expect(granted.size).toBe(0);
    expect(await roundcubeOriginsItem.getValue()).toEqual([]);
  });
});
