import path from "node:path";
import { parseMessagesFile } from "@wxt-dev/i18n/build";
import { describe, expect, it } from "vitest";

const load = async (lang: string) => {
  const messages = await parseMessagesFile(path.join(import.meta.dirname, `${lang}.yml`));
  return new Map(messages.map((m) => [m.key.join("."), m]));
};

/** Every language the notice engine writes replies in. */
const LANGUAGES = ["de", "fr", "es", "nl", "it", "pt_PT", "pt_BR"];

describe("UI translations", () => {
  it.each(LANGUAGES)("%s has every English message, with the same substitutions and plural forms", async (lang) => {
    const [en, de] = await Promise.all([load("en"), load(lang)]);
    expect([...de.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [key, english] of en) {
      const german = de.get(key)!;
      expect({ key, type: german.type, substitutions: german.substitutions }).toEqual({
        key,
        type: english.type,
        substitutions: english.substitutions,
      });
    }
  });
});
