// How mail clients introduce a forwarded message, per language. Data only: the parser in
// forward-headers.ts and forwarded.ts reads these.

/** Lines such as `---------- Forwarded message ---------` (Gmail, Thunderbird, Outlook). */
export const SEPARATOR_TITLES = [
  "forwarded message", "original message", "weitergeleitete nachricht", "ursprüngliche nachricht",
  "originalnachricht", "message transféré", "message transfere", "message d'origine", "message original",
  "mensaje reenviado", "mensaje original", "doorgestuurd bericht", "doorgestuurde bericht",
  "oorspronkelijk bericht", "origineel bericht", "messaggio inoltrato", "messaggio originale",
  "mensagem encaminhada", "mensagem original", "vidarebefordrat meddelande", "ursprungligt meddelande",
  "videresendt meddelelse", "videresendt melding", "oprindelig meddelelse", "opprinnelig melding",
  "välitetty viesti", "alkuperäinen viesti", "wiadomość przekazana dalej", "wiadomość oryginalna",
  "přeposlaná zpráva", "původní zpráva",
];

/** Separator titles Outlook writes for replies as well as forwards. */
export const ORIGINAL_TITLE = /original|origine|ursprüngliche|oorspronkelijk|origineel|ursprungligt|oprindelig|opprinnelig|alkuperäinen|oryginalna|původní/;

/** Apple Mail's one-line introduction, which ends with a colon. */
export const INTRODUCTIONS = [
  "begin forwarded message", "anfang der weitergeleiteten nachricht", "début du message réexpédié",
  "debut du message reexpedie", "début du message transféré", "inicio del mensaje reenviado",
  "comienzo del mensaje reenviado", "begin doorgestuurd bericht", "inizio messaggio inoltrato",
  "início da mensagem reencaminhada", "início da mensagem encaminhada", "vidarebefordrat brev",
  "start på videresendt besked", "videresendt melding", "välitetty viesti alkaa",
  "początek przekazywanej wiadomości", "začátek přeposlané zprávy",
];

/** The header fields a forward repeats, and their labels in the languages we read. */
export const FIELD_LABELS: Record<"from" | "date" | "subject" | "to" | "cc" | "other", string[]> = {
  from: ["from", "von", "de", "van", "da", "fra", "från", "expéditeur", "remitente", "absender", "lähettäjä", "od"],
  date: [
    "date", "sent", "datum", "gesendet", "envoyé", "envoye", "enviado el", "enviado em", "enviada em", "enviado", "enviada", "fecha", "verzonden", "verstuurd",
    "data", "inviato", "skickat", "sendt", "dato", "lähetetty", "päivämäärä", "wysłano", "odesláno",
  ],
  subject: ["subject", "betreff", "objet", "sujet", "asunto", "onderwerp", "oggetto", "assunto", "ämne", "emne", "aihe", "temat", "předmět"],
  to: ["to", "an", "à", "a", "para", "aan", "till", "per", "til", "vastaanottaja", "do", "komu"],
  cc: ["cc", "kopie", "copie"],
  // Lines a client may add to the block that we read past: reply-to, priority, attachments.
  other: [
    "reply-to", "antwort an", "antworten an", "répondre à", "responder a", "beantwoorden", "rispondi a", "svara till",
    "bcc", "importance", "wichtigkeit", "priorité", "importancia", "urgentie", "priority",
    "attachments", "anlagen", "pièces jointes", "adjuntos", "bijlagen", "allegati", "anexos", "bilagor",
  ],
};

/** Subject prefixes a forwarder's (or replier's) client adds: `Fwd:`, `WG:`, `TR:`, `RV:`, `Doorst:`, `Re:`. */
export const SUBJECT_PREFIX = /^(?:\s*(?:\[[^\]]{1,30}\]\s*)*(?:fwd?|fw|wg|tr|rv|reenv|doorst|i|enc|vs|vb|re|aw|antw|sv)\s*(?:\[\d+\])?\s*:\s*)+/i;

/** A subject that says it is a forward (not a reply): `Fwd:`, `FW:`, `WG:`, `TR:`, `RV:`, `Doorst:`. */
export const FORWARD_PREFIX = /^\s*(?:\[[^\]]{1,30}\]\s*)*(?:(?:re|aw|antw|sv)\s*:\s*)*(?:fwd?|fw|wg|tr|rv|reenv|doorst|i|enc|vs|vb)\s*(?:\[\d+\])?\s*:/i;

/** A subject that says it is a reply: `Re:`, `AW:`, `Antw:`, `SV:`, `R:`, `Rif:`. */
export const REPLY_PREFIX = /^\s*(?:\[[^\]]{1,30}\]\s*)*(?:re|aw|antw|sv|r|rif|odp)\s*(?:\[\d+\])?\s*:/i;
