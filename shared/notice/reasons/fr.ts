import type { ReasonFacts, ReasonTemplates } from "./types";

type F = ReasonFacts;
type D = (iso: string) => string;
const order = (f: F) => (f.statedOrder ? ` pour la commande ${f.statedOrder}` : "");
const fate = (f: F, d: D) =>
  f.expired ? `il a expiré le ${d(String(f.notAfter))}` : `il est valable jusqu’au ${d(String(f.notAfter))}`;
const about = (f: F, d: D) =>
  f.intent === "let-lapse"
    ? `vous avez choisi de laisser expirer ${f.commonName}, et ${fate(f, d)}`
    : f.autoRenew
      ? `${f.commonName} se renouvelle automatiquement, et ${fate(f, d)}`
      : `${f.commonName} n’a pas de renouvellement automatique chez son fournisseur, et ${fate(f, d)}`;
const GIST: Record<string, string> = {
  "payment-failed": "qu’un paiement a échoué",
  "awaiting-payment": "qu’un paiement est dû",
  "revoked-for-payment": "que le certificat a été ou sera révoqué pour un paiement",
};

/** French reasons. */
export const fr: ReasonTemplates = {
  "payment-without-renewal-order": (f, { date }) =>
    `Affirme ${GIST[String(f.claim)]} (« ${f.phrase} »)${order(f)}, mais il n’existe aucune commande de renouvellement : ${about(f, date)}. ${f.revoked ? "Rien n’a été révoqué." : "Rien n’est dû."}`,
  "vendor-not-certificates": (f) =>
    `Réclame un paiement au nom de ${f.senderVendor}, mais ${f.commonName} se renouvelle automatiquement chez ${f.vendor}, pas chez ${f.senderVendor}.`,
  "order-not-certificates": (f) =>
    `Réclame un paiement pour la commande ${f.statedOrder}, qui n’est pas une commande de ${f.commonName} (ses commandes : ${f.orders || "aucune"}).`,
  "revoked-for-payment": (f, { date }) =>
    `Affirme que le certificat ${f.threat ? "sera" : "a été"} révoqué pour un paiement (« ${f.phrase} »), mais ${about(f, date)}. Une AC ne révoque pas un certificat pour un renouvellement impayé que personne n’a commandé.`,
  "revoked-but-expired": (f, { date }) =>
    `Affirme que ${f.commonName} a été révoqué, mais il ne l’a jamais été : il a simplement expiré le ${date(String(f.notAfter))}.`,
  "revoked-but-valid": (f, { date }) =>
    `Affirme que ${f.commonName} a été révoqué, mais vos registres n’indiquent aucune révocation : il est valable jusqu’au ${date(String(f.notAfter))}.`,
  "revocation-date-wrong": (f, { date }) =>
    `Affirme que ${f.commonName} a été révoqué le ${date(String(f.claimedDate))}, mais la seule révocation enregistrée est une autre ; le certificat actuel est valable jusqu’au ${date(String(f.notAfter))}.`,
  "expiry-date-wrong": (f, { date }) =>
    `Affirme que ${f.commonName} expire le ${date(String(f.statedDate))}, mais il expire le ${date(String(f.notAfter))}.`,
  "days-left-wrong": (f, { date, number }) =>
    `Affirme que ${f.commonName} expire ${f.within ? "d’ici" : "dans"} ${number(Number(f.statedDays))} jours, mais le ${date(String(f.sentOn))} il lui restait ${number(Number(f.daysLeft))} jours (jusqu’au ${date(String(f.notAfter))}).`,
  "not-expired": (f, { date }) =>
    `Affirme que ${f.commonName} a expiré, mais il est valable jusqu’au ${date(String(f.notAfter))}.`,
  "false-urgency": (f, { date, number }) =>
    `Presse de renouveler d’urgence (« ${f.phrase} »), mais il reste ${number(Number(f.daysLeft))} jours à ${f.commonName}, jusqu’au ${date(String(f.notAfter))}.`,
  "read-prefix": (f, { number }) =>
    `Seuls les ${number(Number(f.readKiB))} premiers Kio de ce message de ${number(Number(f.sizeMiB))} Mio ont été lus ; ce qui suit n’a pas été examiné.`,
};
