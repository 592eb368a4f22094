import type { Lexicon } from "./types";

/** French: expiration, révocation and relances de paiement. */
export const fr: Lexicon = {
  language: "fr",
  slashDateOrder: "dmy",
  months: {
    janvier: 1, janv: 1, février: 2, fevrier: 2, févr: 2, fevr: 2, mars: 3, avril: 4, avr: 4, mai: 5, juin: 6,
    juillet: 7, juil: 7, août: 8, aout: 8, septembre: 9, sept: 9, octobre: 10, oct: 10, novembre: 11, nov: 11,
    décembre: 12, decembre: 12, déc: 12, dec: 12,
  },
  dayWords: ["jours", "jour"],
  stopwords: ["le", "la", "les", "des", "est", "votre", "vous", "nous", "pour", "une", "dans", "sur", "avec", "pas", "ce", "qui", "du", "au", "cette"],
  phrases: {
    expiresInDays: [
      "(?:expire|expirera|arrive(?:ra)? à (?:expiration|échéance)) (?:dans|d['’]ici) {N} jours?",
      "il (?:vous )?reste {N} jours?",
    ],
    expiresOn: ["(?:expire|expirera)(?: automatiquement)? (?:le )?{DATE}", "(?:expire|expirera) {GAP}?, le {DATE}", "arrive(?:ra)? à (?:expiration|échéance) le {DATE}"],
    hasExpired: ["(?:a|ont) expiré", "(?:est|sont) (?:arrivée?s? à expiration|expirée?s?)", "expiré (?:le|depuis le) {DATE}"],
    validUntil: ["date d['’](?:expiration|échéance)\\s?:? {DATE}", "(?:valable|valide) jusqu['’]au\\s?:? {DATE}", "expire le\\s?:? {DATE}"],
    renewCall: ["renouvelez", "renouveler (?:maintenant|dès maintenant|votre|ce)", "renouvellement maintenant"],
    urgency: ["\\burgent", "immédiatement", "sans (?:plus )?attendre", "dernière chance", "expire bientôt", "agissez (?:maintenant|vite)", "dès aujourd['’]hui"],
    revoked: ["(?:a|ont) été révoquée?s?", "(?:est|sont) révoquée?s?", "nous avons révoqué", "statut\\s?:? révoqué", "certificat révoqué"],
    willRevoke: ["(?:sera|seront|va être|vont être) révoquée?s?", "révoquera"],
    mustReplace: ["(?:doit|doivent|devra|devront) être (?:remplacée?s?|réémise?s?)"],
    revocationReason: ["motif de (?:la )?révocation\\s?:? [\\w ()-]{3,40}", "compromission de (?:la )?clé", "clé (?:privée )?compromise", "émis par erreur", "erreur de validation"],
    distrust: ["cessera de faire confiance", "ne (?:sera|seront) plus (?:reconnue?s?|considérée?s? comme (?:fiables?|de confiance))", "ne fera plus confiance", "méfiance", "défiance"],
    paymentWord: ["paiement", "facture", "impayé", "prélèvement"],
    paymentFailed: [
      "paiement {GAP}?(?:a échoué|a été refusé|n['’]a pas (?:été accepté|abouti|pu être (?:traité|effectué|encaissé)))",
      "paiement refusé",
      "échec (?:du|de votre) paiement",
      "carte (?:bancaire )?(?:a été )?refusée",
      "(?:pas pu|impossible de) (?:débiter|prélever|traiter)",
    ],
    awaitingPayment: [
      "en attente de paiement",
      "paiement en attente",
      "facture (?:impayée|en retard|échue)",
      "(?:montant|solde) dû",
      "reste à payer",
      "relance de paiement",
      "payer (?:maintenant|la facture|votre facture)",
    ],
    receipt: ["votre reçu", "reçu de paiement", "paiement (?:a été )?(?:reçu|confirmé)", "merci pour votre paiement", "confirmation de paiement", "a été débité"],
    orderNumber: ["(?:numéro de )?commande\\s?(?:n°|no|#|numéro)?\\s?:? ?{ID}", "n° de commande\\s?:? ?{ID}"],
    invoiceNumber: ["facture\\s?(?:n°)?\\s?:? ?{ID}"],
    domainValidation: ["validation (?:du|de) (?:contrôle de )?domaine", "valider (?:votre|le) domaine", "contrôle (?:du|de) domaine", "\\bDCV\\b"],
    issued: ["a été émis", "est prêt à être installé", "a été délivré"],
    marketing: ["webinaire", "newsletter", "lettre d['’]information", "enquête", "votre avis", "promotion", "de réduction"],
  },
  reasons: { "compromission": "keyCompromise", "compromise": "keyCompromise", "émis par erreur": "misissuance", "erreur de validation": "caValidationIncident" },
};
