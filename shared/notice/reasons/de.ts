import type { ReasonFacts, ReasonTemplates } from "./types";

type F = ReasonFacts;
type D = (iso: string) => string;
const order = (f: F) => (f.statedOrder ? ` für Bestellung ${f.statedOrder}` : "");
const fate = (f: F, d: D) =>
  f.expired ? `es ist am ${d(String(f.notAfter))} abgelaufen` : `es ist bis ${d(String(f.notAfter))} gültig`;
const about = (f: F, d: D) =>
  f.intent === "let-lapse"
    ? `Sie haben entschieden, ${f.commonName} auslaufen zu lassen, und ${fate(f, d)}`
    : f.autoRenew
      ? `${f.commonName} verlängert sich automatisch, und ${fate(f, d)}`
      : `${f.commonName} hat keine automatische Verlängerung beim Anbieter, und ${fate(f, d)}`;
const GIST: Record<string, string> = {
  "payment-failed": "eine Zahlung sei fehlgeschlagen",
  "awaiting-payment": "eine Zahlung sei fällig",
  "revoked-for-payment": "das Zertifikat sei wegen einer Zahlung widerrufen worden oder werde es",
};

/** German reasons. */
export const de: ReasonTemplates = {
  "payment-without-renewal-order": (f, { date }) =>
    `Behauptet, ${GIST[String(f.claim)]} („${f.phrase}“)${order(f)}, aber es gibt keinen Verlängerungsauftrag: ${about(f, date)}. ${f.revoked ? "Nichts wurde widerrufen." : "Dafür ist nichts geschuldet."}`,
  "vendor-not-certificates": (f) =>
    `Erhebt eine Zahlungsforderung als ${f.senderVendor}, aber ${f.commonName} verlängert sich automatisch bei ${f.vendor}, nicht bei ${f.senderVendor}.`,
  "order-not-certificates": (f) =>
    `Erhebt eine Zahlungsforderung für Bestellung ${f.statedOrder}, die keine Bestellung von ${f.commonName} ist (seine Bestellungen: ${f.orders || "keine"}).`,
  "revoked-for-payment": (f, { date }) =>
    `Behauptet, das Zertifikat ${f.threat ? "werde" : "sei"} wegen einer Zahlung widerrufen („${f.phrase}“), aber ${about(f, date)}. Eine CA widerruft kein Zertifikat wegen einer unbezahlten Verlängerung, die niemand bestellt hat.`,
  "revoked-but-expired": (f, { date }) =>
    `Behauptet, ${f.commonName} sei widerrufen worden, aber es wurde nie widerrufen: es ist einfach am ${date(String(f.notAfter))} abgelaufen.`,
  "revoked-but-valid": (f, { date }) =>
    `Behauptet, ${f.commonName} sei widerrufen worden, aber Ihre Unterlagen zeigen keinen Widerruf: es ist bis ${date(String(f.notAfter))} gültig.`,
  "revocation-date-wrong": (f, { date }) =>
    `Behauptet, ${f.commonName} sei am ${date(String(f.claimedDate))} widerrufen worden, aber der einzige verzeichnete Widerruf ist ein anderer; das aktuelle Zertifikat ist bis ${date(String(f.notAfter))} gültig.`,
  "expiry-date-wrong": (f, { date }) =>
    `Behauptet, ${f.commonName} laufe am ${date(String(f.statedDate))} ab, aber es läuft am ${date(String(f.notAfter))} ab.`,
  "days-left-wrong": (f, { date, number }) =>
    `Behauptet, ${f.commonName} laufe ${f.within ? "innerhalb von" : "in"} ${number(Number(f.statedDays))} Tagen ab, aber am ${date(String(f.sentOn))} hatte es noch ${number(Number(f.daysLeft))} Tage (bis ${date(String(f.notAfter))}).`,
  "not-expired": (f, { date }) =>
    `Behauptet, ${f.commonName} sei abgelaufen, aber es ist bis ${date(String(f.notAfter))} gültig.`,
  "false-urgency": (f, { date, number }) =>
    `Drängt zur dringenden Verlängerung („${f.phrase}“), aber ${f.commonName} hat noch ${number(Number(f.daysLeft))} Tage, bis ${date(String(f.notAfter))}.`,
  "read-prefix": (f, { number }) =>
    `Nur die ersten ${number(Number(f.readKiB))} KiB dieser ${number(Number(f.sizeMiB))}-MiB-Nachricht wurden gelesen; Behauptungen weiter unten nicht.`,
};
