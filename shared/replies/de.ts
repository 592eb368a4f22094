import type { ReplyTemplate } from "./template";

export const de: ReplyTemplate = {
  subjectPrefix: "AW:",
  greeting: "Sehr geehrte Damen und Herren,",
  reference: (subject, sentOn, name) => `wir beziehen uns auf Ihre Nachricht „${subject}“${sentOn ? ` vom ${sentOn}` : ""} zum Zertifikat für ${name}.`,
  decidedNotToRenew: "Wir haben uns bewusst entschieden, dieses Zertifikat nicht zu verlängern.",
  notOrdered: "Wir haben keine Verlängerung dieses Zertifikats beauftragt.",
  expired: (date) => `Es ist am ${date} abgelaufen und wurde nicht widerrufen.`,
  valid: (date) => `Es ist bis zum ${date} gültig und wurde nicht widerrufen.`,
  noOrderNoPayment: "Es wurde keine Bestellung aufgegeben und keine Zahlung versucht.",
  renewsUnder: (numbers) => `Seine Verlängerung läuft über unsere eigene Bestellung ${numbers}; eine andere Bestellung haben wir nicht aufgegeben.`,
  foreignOrders: (numbers) => `Die Bestellnummer ${numbers} ist nicht unsere.`,
  requests: [
    "Bitte schließen Sie jede dafür eröffnete Bestellung,",
    "stellen Sie diese Nachrichten ein",
    "und berichtigen Sie deren Wortlaut: Es ist nichts offen, und das Zertifikat wurde nicht widerrufen.",
  ],
  closing: "Mit freundlichen Grüßen",
};
