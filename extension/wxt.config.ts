import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig } from "wxt";

// The Worker URL and Roundcube URLs are chosen by the user, so every http(s) origin is an
// optional host permission requested at runtime; a Worker on loopback (wrangler dev) needs none.
const LOOPBACK = ["http://localhost/*", "http://127.0.0.1/*"];
const ANY_ORIGIN = ["http://*/*", "https://*/*"];
// DKIM keys of a message read in webmail are looked up by the background over DNS-over-HTTPS
// (extension/background/doh-lookup.ts): the only fixed host the extension talks to.
const DKIM_KEYS = ["https://cloudflare-dns.com/*"];

const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
  version: string;
};

// Nothing is sent anywhere but to the Worker the user connects, which is the user's own: there is
// no data collection to declare. Firefox reads that declaration from 140 (142 on Android), which
// also covers optional_host_permissions (MV3, from 128). 140 is an ESR.
const FIREFOX_SETTINGS = {
  gecko: {
    id: "certitude@certitude.dev",
    strict_min_version: "140.0",
    data_collection_permissions: { required: ["none"] },
  },
  gecko_android: { strict_min_version: "142.0" },
};

export default defineConfig({
  modules: ["@wxt-dev/webextension-polyfill", "@wxt-dev/i18n/module"],
  zip: {
    name: "certitude",
    artifactTemplate: "{{name}}-{{version}}-{{browser}}-{{manifestVersion}}.zip",
    // Add-on reviewers rebuild from source: the extension imports ../shared, so the sources
    // archive is the repository without the Worker, tests and build output.
    sourcesRoot: fileURLToPath(new URL("..", import.meta.url)),
    excludeSources: [
      "worker/**",
      "test/**",
      "scripts/**",
      "coverage/**",
      "**/.output/**",
      "**/test-fixtures/**",
      "**/test-setup/**",
    ],
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: "__MSG_extName__",
    description: "__MSG_extDescription__",
    version,
    default_locale: "en",
    permissions: ["storage", "alarms", "scripting"],
    host_permissions: [...LOOPBACK, ...DKIM_KEYS],
    // MV2 has no optional_host_permissions: origins go with the optional API permissions.
    ...(manifestVersion === 3 ? { optional_host_permissions: ANY_ORIGIN } : { optional_permissions: ANY_ORIGIN }),
    action: { default_title: "Certitude" },
    options_ui: { open_in_tab: true },
    ...(browser === "firefox" ? { browser_specific_settings: FIREFOX_SETTINGS } : {}),
  }),
});
