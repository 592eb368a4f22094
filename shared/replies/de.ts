import type { ReplyTemplate } from "./template";

export const de: ReplyTemplate = {
  subjectPrefix: "AW:",
  greeting: "Sehr geehrte Damen und Herren,",
  reference: (subject, sentOn, name) =>
    `wir beziehen uns auf Ihre Nachricht „${subject}“${sentOn ? ` vom ${sentOn}` : ""} zum Zertifikat für ${name}.`,
  decidedNotToRenew: "Wir haben uns bewusst entschieden, dieses Zertifikat nicht zu verlängern.",
  notOrdered: "Wir haben keine Verlängerung dieses Zertifikats beauftragt.",
  expired: (date) => `Es ist am ${date} abgelaufen.`,
  valid: (date) => `Es ist bis zum ${date} gültig.`,
  notRevokedByCa: "Der Sperrstatus der CA selbst (CRL oder OCSP) zeigt, dass es nicht widerrufen wurde.",
  noRevocationOnRecord: "Unsere Unterlagen verzeichnen keinen Widerruf.",
  wrongDate: (stated, actual) => `Ihre Nachricht nennt den ${stated} als Ablaufdatum; es läuft am ${actual} ab.`,
  wrongDays: (stated, daysLeft) => `Ihre Nachricht spricht von ${stated} Tagen; es hatte noch ${daysLeft} Tage.`,
  notExpired: "Es ist nicht abgelaufen.",
  noUrgency: (daysLeft) => `Bei noch ${daysLeft} Tagen Laufzeit ist nichts daran dringend.`,
  noOrderNoPayment: "Es wurde keine Bestellung aufgegeben und keine Zahlung versucht.",
  renewsUnder: (numbers) =>
    `Seine Verlängerung läuft über unsere eigene Bestellung ${numbers}; eine andere Bestellung haben wir nicht aufgegeben.`,
  foreignOrders: (numbers) => `Die Bestellnummer ${numbers} ist nicht unsere.`,
  requests: [
    "Bitte schließen Sie jede dafür eröffnete Bestellung,",
    "stellen Sie diese Nachrichten ein",
    "und berichtigen Sie deren Wortlaut: Es ist nichts offen.",
  ],
  correctionRequest: "Bitte berichtigen Sie Ihre Unterlagen und Ihre Nachrichten entsprechend.",
  closing: "Mit freundlichen Grüßen",
};
