import type { ReasonFacts, ReasonTemplates } from "./types";

type F = ReasonFacts;
type D = (iso: string) => string;
const order = (f: F) => (f.statedOrder ? ` voor bestelling ${f.statedOrder}` : "");
const fate = (f: F, d: D) =>
  f.expired ? `het is op ${d(String(f.notAfter))} verlopen` : `het is geldig tot ${d(String(f.notAfter))}`;
const about = (f: F, d: D) =>
  f.intent === "let-lapse"
    ? `u hebt besloten ${f.commonName} te laten verlopen, en ${fate(f, d)}`
    : f.autoRenew
      ? `${f.commonName} wordt automatisch verlengd, en ${fate(f, d)}`
      : `${f.commonName} heeft geen automatische verlenging bij de leverancier, en ${fate(f, d)}`;
const GIST: Record<string, string> = {
  "payment-failed": "dat een betaling is mislukt",
  "awaiting-payment": "dat een betaling verschuldigd is",
  "revoked-for-payment": "dat het certificaat om een betaling is of wordt ingetrokken",
};

/** Dutch reasons. */
export const nl: ReasonTemplates = {
  "payment-without-renewal-order": (f, { date }) =>
    `Beweert ${GIST[String(f.claim)]} ("${f.phrase}")${order(f)}, maar er is geen verlengingsopdracht: ${about(f, date)}. ${f.revoked ? "Er is niets ingetrokken." : "Er is niets voor verschuldigd."}`,
  "vendor-not-certificates": (f) =>
    `Eist een betaling namens ${f.senderVendor}, maar ${f.commonName} wordt automatisch verlengd bij ${f.vendor}, niet bij ${f.senderVendor}.`,
  "order-not-certificates": (f) =>
    `Eist een betaling voor bestelling ${f.statedOrder}, die geen bestelling van ${f.commonName} is (zijn bestellingen: ${f.orders || "geen"}).`,
  "revoked-for-payment": (f, { date }) =>
    `Beweert dat het certificaat om een betaling ${f.threat ? "wordt" : "is"} ingetrokken ("${f.phrase}"), maar ${about(f, date)}. Een CA trekt geen certificaat in om een onbetaalde verlenging die niemand heeft besteld.`,
  "revoked-but-expired": (f, { date }) =>
    `Beweert dat ${f.commonName} is ingetrokken, maar dat is nooit gebeurd: het is gewoon op ${date(String(f.notAfter))} verlopen.`,
  "revoked-but-valid": (f, { date }) =>
    `Beweert dat ${f.commonName} is ingetrokken, maar uw administratie toont geen intrekking: het is geldig tot ${date(String(f.notAfter))}.`,
  "revocation-date-wrong": (f, { date }) =>
    `Beweert dat ${f.commonName} op ${date(String(f.claimedDate))} is ingetrokken, maar de enige geregistreerde intrekking is een andere; het huidige certificaat is geldig tot ${date(String(f.notAfter))}.`,
  "expiry-date-wrong": (f, { date }) =>
    `Beweert dat ${f.commonName} op ${date(String(f.statedDate))} verloopt, maar het verloopt op ${date(String(f.notAfter))}.`,
  "days-left-wrong": (f, { date, number }) =>
    `Beweert dat ${f.commonName} ${f.within ? "binnen" : "over"} ${number(Number(f.statedDays))} dagen verloopt, maar op ${date(String(f.sentOn))} had het nog ${number(Number(f.daysLeft))} dagen (tot ${date(String(f.notAfter))}).`,
  "not-expired": (f, { date }) =>
    `Beweert dat ${f.commonName} is verlopen, maar het is geldig tot ${date(String(f.notAfter))}.`,
  "false-urgency": (f, { date, number }) =>
    `Dringt aan op een spoedige verlenging ("${f.phrase}"), maar ${f.commonName} heeft nog ${number(Number(f.daysLeft))} dagen, tot ${date(String(f.notAfter))}.`,
  "read-prefix": (f, { number }) =>
    `Alleen de eerste ${number(Number(f.readKiB))} KiB van dit bericht van ${number(Number(f.sizeMiB))} MiB zijn gelezen; wat volgt niet.`,
};
