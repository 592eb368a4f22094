import path from "node:path";
import { parseMessagesFile } from "@wxt-dev/i18n/build";
import { describe, expect, it } from "vitest";

const load = async (lang: string) => {
  const messages = await parseMessagesFile(path.join(import.meta.dirname, `${lang}.yml`));
  return new Map(messages.map((m) => [m.key.join("."), m]));
};

describe("UI translations", () => {
  it("German has every English message, with the same substitutions and plural forms", async () => {
    const [en, de] = await Promise.all([load("en"), load("de")]);
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
