// How mail clients introduce and date a forwarded message, per language. Data only: the parsers
// in forward-headers.ts, forwarded.ts and forward-date.ts read these. The mail layer's words stay
// in shared/mime (here and in body-lexicon.ts), not in shared/notice/lexicon: the notice engine
// imports the mail layer, and the mail layer must not import the notice engine.

/** Lines such as `---------- Forwarded message ---------` (Gmail, Thunderbird, Outlook). */
export const SEPARATOR_TITLES = [
  "forwarded message",
  "original message",
  "weitergeleitete nachricht",
  "ursprüngliche nachricht",
  "originalnachricht",
  "message transféré",
  "message transfere",
  "message d'origine",
  "message original",
  "mensaje reenviado",
  "mensaje original",
  "doorgestuurd bericht",
  "doorgestuurde bericht",
  "oorspronkelijk bericht",
  "origineel bericht",
  "messaggio inoltrato",
  "messaggio originale",
  "mensagem encaminhada",
  "mensagem original",
  "vidarebefordrat meddelande",
  "ursprungligt meddelande",
  "videresendt meddelelse",
  "videresendt melding",
  "oprindelig meddelelse",
  "opprinnelig melding",
  "välitetty viesti",
  "alkuperäinen viesti",
  "wiadomość przekazana dalej",
  "wiadomość oryginalna",
  "přeposlaná zpráva",
  "původní zpráva",
];

/** Separator titles Outlook writes for replies as well as forwards. */
export const ORIGINAL_TITLE =
  /original|origine|ursprüngliche|oorspronkelijk|origineel|ursprungligt|oprindelig|opprinnelig|alkuperäinen|oryginalna|původní/;

/** Apple Mail's one-line introduction, which ends with a colon. */
export const INTRODUCTIONS = [
  "begin forwarded message",
  "anfang der weitergeleiteten nachricht",
  "début du message réexpédié",
  "debut du message reexpedie",
  "début du message transféré",
  "inicio del mensaje reenviado",
  "comienzo del mensaje reenviado",
  "begin doorgestuurd bericht",
  "inizio messaggio inoltrato",
  "início da mensagem reencaminhada",
  "início da mensagem encaminhada",
  "vidarebefordrat brev",
  "start på videresendt besked",
  "videresendt melding",
  "välitetty viesti alkaa",
  "początek przekazywanej wiadomości",
  "začátek přeposlané zprávy",
];

/** The header fields a forward repeats, and their labels in the languages we read. */
export const FIELD_LABELS: Record<"from" | "date" | "subject" | "to" | "cc" | "other", string[]> = {
  from: ["from", "von", "de", "van", "da", "fra", "från", "expéditeur", "remitente", "absender", "lähettäjä", "od"],
  date: [
    "date",
    "sent",
    "datum",
    "gesendet",
    "envoyé",
    "envoye",
    "enviado el",
    "enviado em",
    "enviada em",
    "enviado",
    "enviada",
    "fecha",
    "verzonden",
    "verstuurd",
    "data",
    "inviato",
    "skickat",
    "sendt",
    "dato",
    "lähetetty",
    "päivämäärä",
    "wysłano",
    "odesláno",
  ],
  subject: [
    "subject",
    "betreff",
    "objet",
    "sujet",
    "asunto",
    "onderwerp",
    "oggetto",
    "assunto",
    "ämne",
    "emne",
    "aihe",
    "temat",
    "předmět",
  ],
  to: ["to", "an", "à", "a", "para", "aan", "till", "per", "til", "vastaanottaja", "do", "komu"],
  cc: ["cc", "kopie", "copie"],
  // Lines a client may add to the block that we read past: reply-to, priority, attachments.
  other: [
    "reply-to",
    "antwort an",
    "antworten an",
    "répondre à",
    "responder a",
    "beantwoorden",
    "rispondi a",
    "svara till",
    "bcc",
    "importance",
    "wichtigkeit",
    "priorité",
    "importancia",
    "urgentie",
    "priority",
    "attachments",
    "anlagen",
    "pièces jointes",
    "adjuntos",
    "bijlagen",
    "allegati",
    "anexos",
    "bilagor",
  ],
};

/** Subject prefixes a forwarder's (or replier's) client adds: `Fwd:`, `WG:`, `TR:`, `RV:`, `Doorst:`, `Re:`. */
export const SUBJECT_PREFIX =
  /^(?:\s*(?:\[[^\]]{1,30}\]\s*)*(?:fwd?|fw|wg|tr|rv|reenv|doorst|i|enc|vs|vb|re|aw|antw|sv)\s*(?:\[\d+\])?\s*:\s*)+/i;

/** A subject that says it is a forward (not a reply): `Fwd:`, `FW:`, `WG:`, `TR:`, `RV:`, `Doorst:`. */
export const FORWARD_PREFIX =
  /^\s*(?:\[[^\]]{1,30}\]\s*)*(?:(?:re|aw|antw|sv)\s*:\s*)*(?:fwd?|fw|wg|tr|rv|reenv|doorst|i|enc|vs|vb)\s*(?:\[\d+\])?\s*:/i;

/** A subject that says it is a reply: `Re:`, `AW:`, `Antw:`, `SV:`, `R:`, `Rif:`. */
export const REPLY_PREFIX = /^\s*(?:\[[^\]]{1,30}\]\s*)*(?:re|aw|antw|sv|r|rif|odp)\s*(?:\[\d+\])?\s*:/i;

/**
 * Month names, January first, in the languages mail clients write forward headers in (en, de,
 * fr, es, nl, it, pt, sv, da, no, fi, pl, cs; Polish and Czech also in the genitive they write
 * dates in). Abbreviations are read as prefixes of three or more letters, except where a prefix
 * names two months (French "jui" → juin or juillet); inflected forms by their stem (marraskuuta).
 */
export const MONTH_NAMES: readonly (readonly string[])[] = [
  [
    "january",
    "januar",
    "janvier",
    "enero",
    "januari",
    "gennaio",
    "janeiro",
    "jänner",
    "tammikuu",
    "styczeń",
    "stycznia",
    "leden",
    "ledna",
  ],
  [
    "february",
    "februar",
    "février",
    "fevrier",
    "febrero",
    "februari",
    "febbraio",
    "fevereiro",
    "helmikuu",
    "luty",
    "lutego",
    "únor",
    "února",
  ],
  [
    "march",
    "märz",
    "maerz",
    "mrz",
    "mars",
    "marts",
    "marzo",
    "maart",
    "mrt",
    "março",
    "marco",
    "maaliskuu",
    "marzec",
    "marca",
    "březen",
    "března",
  ],
  ["april", "avril", "abril", "aprile", "huhtikuu", "kwiecień", "kwietnia", "duben", "dubna"],
  ["may", "mai", "mayo", "mei", "maggio", "maio", "maj", "toukokuu", "maja", "květen", "května"],
  ["june", "juni", "juin", "junio", "giugno", "junho", "kesäkuu", "czerwiec", "czerwca", "červen", "června"],
  ["july", "juli", "juillet", "julio", "luglio", "julho", "heinäkuu", "lipiec", "lipca", "červenec", "července"],
  ["august", "août", "aout", "agosto", "augustus", "augusti", "elokuu", "sierpień", "sierpnia", "srpen", "srpna"],
  [
    "september",
    "septembre",
    "septiembre",
    "setiembre",
    "settembre",
    "setembro",
    "syyskuu",
    "wrzesień",
    "września",
    "září",
  ],
  [
    "october",
    "oktober",
    "octobre",
    "octubre",
    "ottobre",
    "outubro",
    "lokakuu",
    "październik",
    "października",
    "říjen",
    "října",
  ],
  ["november", "novembre", "noviembre", "novembro", "marraskuu", "listopad", "listopada", "listopadu"],
  [
    "december",
    "dezember",
    "décembre",
    "decembre",
    "diciembre",
    "dicembre",
    "dezembro",
    "desember",
    "joulukuu",
    "grudzień",
    "grudnia",
    "prosinec",
    "prosince",
  ],
];

/** Words between a day and its month name ("9 de noviembre", "9 de novembro"). */
export const DAY_MONTH_JOINERS: readonly string[] = ["de"];

/** Month names never abbreviated: Finnish ones (…kuu), where "mar…" (marraskuu, November) would clash. */
export const UNABBREVIATED_MONTH = /kuu$/;

/** Minutes east of UTC of the time zone abbreviations forward headers write (German MEZ/MESZ too). */
export const ZONE_OFFSETS: Readonly<Record<string, number>> = {
  utc: 0,
  gmt: 0,
  z: 0,
  wet: 0,
  west: 60,
  bst: 60,
  cet: 60,
  mez: 60,
  cest: 120,
  mesz: 120,
  eet: 120,
  eest: 180,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
};
