import { cs } from "./cs";
import { da } from "./da";
import { de } from "./de";
import { en } from "./en";
import { es } from "./es";
import { fi } from "./fi";
import { fr } from "./fr";
import { hu } from "./hu";
import { it } from "./it";
import { ja } from "./ja";
import { ko } from "./ko";
import { nl } from "./nl";
import { no } from "./no";
import { pl } from "./pl";
import { pt } from "./pt";
import { ru } from "./ru";
import { sk } from "./sk";
import { sv } from "./sv";
import { tr } from "./tr";
import type { Lexicon } from "./types";
import { zh } from "./zh";

/** Every language the notice engine reads, English first (the fallback). */
export const LEXICONS: readonly Lexicon[] = [
  en,
  de,
  fr,
  es,
  nl,
  it,
  pt,
  sv,
  pl,
  da,
  no,
  cs,
  fi,
  sk,
  hu,
  tr,
  ru,
  ja,
  ko,
  zh,
];
