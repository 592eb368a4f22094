import { describe, expect, it } from "vitest";
import { type FiringRow, type SilentRow, itFires, itStaysSilent } from "./claims.test-support";
import { relativeDays } from "./relative";

// Reminders that give no date, only "tomorrow", "in two weeks" or "next week", in each language.
const FIRES: FiringRow[] = [
  ["en", "Your certificate for shop.example.com expires tomorrow.", "expiry.relative", 1],
  ["en", "The SSL certificate will expire in two weeks.", "expiry.relative", 14],
  ["en", "Your certificate expires today.", "expiry.relative", 0],
  ["en", "Your certificate for shop.example.com expires next week.", "expiry.next-week", 14],
  ["de", "Das Zertifikat für shop.example.de läuft morgen ab.", "expiry.relative", 1],
  ["de", "Ihr Zertifikat läuft in zwei Wochen ab.", "expiry.relative", 14],
  ["de", "Ihr Zertifikat läuft übermorgen ab.", "expiry.relative", 2],
  ["de", "Ihr Zertifikat läuft nächste Woche ab.", "expiry.next-week", 14],
  ["fr", "Votre certificat expire demain.", "expiry.relative", 1],
  ["fr", "Votre certificat expirera dans deux semaines.", "expiry.relative", 14],
  ["fr", "Votre certificat expire la semaine prochaine.", "expiry.next-week", 14],
  ["es", "Su certificado SSL para tienda.example.es caduca mañana.", "expiry.relative", 1],
  ["es", "Su certificado vence en dos semanas.", "expiry.relative", 14],
  ["es", "Su certificado caduca la próxima semana.", "expiry.next-week", 14],
  ["it", "Il certificato scade domani.", "expiry.relative", 1],
  ["it", "Il certificato scade tra due settimane.", "expiry.relative", 14],
  ["it", "Il certificato scade la prossima settimana.", "expiry.next-week", 14],
  ["nl", "Uw certificaat verloopt morgen.", "expiry.relative", 1],
  ["nl", "Uw certificaat verloopt over twee weken.", "expiry.relative", 14],
  ["nl", "Uw certificaat verloopt volgende week.", "expiry.next-week", 14],
  ["pt", "O seu certificado expira amanhã.", "expiry.relative", 1],
  ["pt", "O seu certificado expira daqui a duas semanas.", "expiry.relative", 14],
  ["pt", "O seu certificado expira na próxima semana.", "expiry.next-week", 14],
  ["sv", "Ditt certifikat löper ut i morgon.", "expiry.relative", 1],
  ["sv", "Ditt certifikat löper ut om två veckor.", "expiry.relative", 14],
  ["sv", "Ditt certifikat går ut nästa vecka.", "expiry.next-week", 14],
  ["pl", "Twój certyfikat wygasa jutro.", "expiry.relative", 1],
  ["pl", "Certyfikat wygaśnie za dwa tygodnie.", "expiry.relative", 14],
  ["pl", "Certyfikat wygaśnie w przyszłym tygodniu.", "expiry.next-week", 14],
];

const SILENT: SilentRow[] = [
  // A card, not the certificate, expires.
  ["en", "The credit card on file expires next week.", "expiry.next-week"],
  ["de", "Ihre Kreditkarte läuft morgen ab.", "expiry.relative"],
  ["fr", "Votre carte bancaire expire demain.", "expiry.relative"],
  // "Today" only right after the verb: a call to act today is no expiry date.
  ["en", "Your certificate expires soon so renew it today.", "expiry.relative"],
  ["en", "Your certificate expires on 1 Dec. Renew today.", "expiry.relative"],
  // "morgens" is a time of day, not tomorrow.
  ["de", "Das Zertifikat läuft morgens um 6 Uhr ab.", "expiry.relative"],
];

describe("relative expiry phrases", () => {
  itFires(FIRES);
  itStaysSilent(SILENT);
  it("reads the last relative time of a phrase, longest words first", () => {
    expect(relativeDays("caduca pasado mañana")).toBe(2);
    expect(relativeDays("läuft übermorgen ab")).toBe(2);
    expect(relativeDays("expires in two weeks")).toBe(14);
    expect(relativeDays("expires soon")).toBeUndefined();
  });
});

// A spelled-out count or a relative day does not hide the date written after it.
describe("the date after a relative time", () => {
  itFires([
    ["en", "Your certificate expires in two weeks, on 11/28/2026.", "expiry.on-date", "2026-11-28"],
    ["de", "Ihr Zertifikat läuft in zwei Wochen ab, am 28.11.2026.", "expiry.on-date", "2026-11-28"],
    ["es", "Su certificado caduca mañana, 25/11/2026.", "expiry.on-date", "2026-11-25"],
    ["sv", "Ditt certifikat löper ut om två veckor, den 28 november 2026.", "expiry.on-date", "2026-11-28"],
    ["pl", "Certyfikat wygaśnie za dwa tygodnie, 28.11.2026.", "expiry.on-date", "2026-11-28"],
  ]);
});

// Several certificates, or a future tense: the verb agrees with its subject.
describe("plural and future verbs before a relative time", () => {
  itFires([
    ["en", "Your certificates expire tomorrow.", "expiry.relative", 1],
    ["de", "Ihre Zertifikate laufen morgen ab.", "expiry.relative", 1],
    ["fr", "Vos certificats expirent la semaine prochaine.", "expiry.next-week", 14],
    ["es", "Sus certificados caducan mañana.", "expiry.relative", 1],
    ["it", "I certificati scadono domani.", "expiry.relative", 1],
    ["nl", "Uw certificaten verlopen volgende week.", "expiry.next-week", 14],
    ["pt", "Os seus certificados expiram amanhã.", "expiry.relative", 1],
  ]);
});

describe("Danish and Norwegian relative times", () => {
  itFires([
    ["da", "Dit certifikat udløber i morgen.", "expiry.relative", 1],
    ["da", "Dit certifikat udløber om to uger.", "expiry.relative", 14],
    ["da", "Dit certifikat udløber i næste uge.", "expiry.next-week", 14],
    ["no", "Sertifikatet ditt utløper i morgen.", "expiry.relative", 1],
    ["no", "Sertifikatet ditt utløper om to uker, den 28. november 2026.", "expiry.on-date", "2026-11-28"],
    ["no", "Sertifikatet ditt utløper neste uke.", "expiry.next-week", 14],
  ]);
});
