import type { Assessment, Reason } from "../types";
import { de } from "./de";
import { en } from "./en";
import { es } from "./es";
import { fr } from "./fr";
import { it } from "./it";
import { nl } from "./nl";
import { pt } from "./pt";
import type { ReasonFacts, ReasonTemplates } from "./types";
import { formattersFor } from "./format";
import { localizeClaims } from "../claim-texts";

export type { Formatters, ReasonFacts, ReasonTemplate, ReasonTemplates } from "./types";
export { formattersFor } from "./format";

const TEMPLATES: Record<string, ReasonTemplates> = { en, de, fr, es, nl, it, pt };

/** Languages reasons are written in; any other locale reads English. */
export const REASON_LANGUAGES: readonly string[] = Object.keys(TEMPLATES);

/** The reason language for a locale tag ("de-CH" → "de"), English when we have no sentences in it. */
export function reasonLanguage(locale: string | null | undefined): string {
  const language = (locale ?? "").trim().toLowerCase().split(/[-_]/)[0];
  return language in TEMPLATES ? language : "en";
}

/**
 * The reader's language: `?lang=` when given, else the first `Accept-Language` entry we write
 * (by q-value), else English.
 * @example pickLanguage("fr-CH, fr;q=0.9, en;q=0.8") // "fr"
 */
export function pickLanguage(acceptLanguage: string | null | undefined, requested?: string | null): string {
  if (requested) return reasonLanguage(requested);
  const ranked = (acceptLanguage ?? "")
    .split(",")
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(";");
      const q = Number(
        params
          .find((p) => p.trim().startsWith("q="))
          ?.trim()
          .slice(2) ?? 1,
      );
      return { language: tag.trim().toLowerCase().split("-")[0], q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((entry) => entry.language && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked.find((entry) => entry.language in TEMPLATES)?.language ?? "en";
}

/** A reason's sentence in a language, from its code and facts; a code without a template keeps its message. */
export function renderReason(reason: Pick<Reason, "code" | "facts"> & { message?: string }, locale = "en"): string {
  const language = reasonLanguage(locale);
  const template = TEMPLATES[language][reason.code] ?? en[reason.code];
  if (!template) return reason.message ?? reason.code;
  // The sentence's language, with the reader's region when it matches ("de-AT" writes "Jänner").
  const written = TEMPLATES[language][reason.code] ? language : "en";
  const sentence = template(reason.facts, formattersFor(written === language && written !== "en" ? locale : written));
  // A reason stored before its facts were complete keeps the sentence it was stored with.
  return reason.message && /\bundefined\b|Invalid Date/.test(sentence) ? reason.message : sentence;
}

/** A reason built from its code and facts, with its English sentence for readers that only take text. */
export function reason(code: string, facts: ReasonFacts): Reason {
  return { code, facts, message: renderReason({ code, facts }) };
}

/** The assessment with every reason's and claim's message in the reader's language (the codes and facts stay). */
export function localizeAssessment<
  T extends Pick<Assessment, "reasons" | "spoofReasons"> & { claims?: Assessment["claims"] },
>(assessment: T, locale: string): T {
  const language = reasonLanguage(locale);
  if (language === "en") return assessment;
  const localize = (list: readonly Reason[]) => list.map((r) => ({ ...r, message: renderReason(r, language) }));
  const localized = {
    ...assessment,
    reasons: localize(assessment.reasons),
    spoofReasons: localize(assessment.spoofReasons),
  };
  return assessment.claims ? { ...localized, claims: localizeClaims(assessment.claims, locale) } : localized;
}
