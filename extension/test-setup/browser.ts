import path from "node:path";
import { generateChromeMessages, parseMessagesFile } from "@wxt-dev/i18n/build";
import { beforeEach } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";

// The fake browser has no i18n; give it the real English messages so tests read what a person
// reads. Substitutions follow browser.i18n: $1..$9, "$$" for a dollar sign.
const messages = generateChromeMessages(await parseMessagesFile(path.join(import.meta.dirname, "../locales/en.yml")));

function getMessage(name: string, substitutions?: string | string[]): string {
  const template = messages[name]?.message ?? "";
  const values = typeof substitutions === "string" ? [substitutions] : (substitutions ?? []);
  return template.replace(/\$(\$|[1-9])/g, (_, token: string) =>
    token === "$" ? "$" : (values[Number(token) - 1] ?? ""),
  );
}

Object.assign(fakeBrowser.i18n, { getMessage, getUILanguage: () => "en" });

beforeEach(() => {
  fakeBrowser.reset();
});
