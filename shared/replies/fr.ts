import type { ReplyTemplate } from "./template";

export const fr: ReplyTemplate = {
  subjectPrefix: "RE :",
  greeting: "Madame, Monsieur,",
  reference: (subject, sentOn, name) =>
    `Nous faisons suite à votre message « ${subject} »${sentOn ? ` du ${sentOn}` : ""} concernant le certificat de ${name}.`,
  decidedNotToRenew: "Nous avons délibérément décidé de ne pas renouveler ce certificat.",
  notOrdered: "Nous n’avons commandé aucun renouvellement de ce certificat.",
  expired: (date) => `Il a expiré le ${date}.`,
  valid: (date) => `Il est valide jusqu’au ${date}.`,
  notRevokedByCa: "Le statut de révocation publié par l’AC elle-même (CRL ou OCSP) montre qu’il n’a pas été révoqué.",
  noRevocationOnRecord: "Nos registres ne font état d’aucune révocation.",
  wrongDate: (stated, actual) => `Votre message indique le ${stated} comme date d’expiration ; il expire le ${actual}.`,
  wrongDays: (stated, daysLeft) => `Votre message parle de ${stated} jours ; il lui restait ${daysLeft} jours.`,
  notExpired: "Il n’a pas expiré.",
  noUrgency: (daysLeft) => `Avec ${daysLeft} jours restants, rien n’est urgent.`,
  noOrderNoPayment: "Aucune commande n’a été passée et aucun paiement n’a été tenté.",
  renewsUnder: (numbers) =>
    `Son renouvellement passe par notre propre commande ${numbers} ; nous n’avons passé aucune autre commande.`,
  foreignOrders: (numbers) => `Le numéro de commande ${numbers} n’est pas le nôtre.`,
  requests: [
    "Nous vous prions de clore toute commande ouverte à ce titre,",
    "de cesser l’envoi de ces messages",
    "et d’en corriger la formulation : rien n’est dû.",
  ],
  correctionRequest: "Nous vous prions de corriger vos registres et vos messages en conséquence.",
  closing: "Veuillez agréer, Madame, Monsieur, nos salutations distinguées.",
};
