import type { Lexicon } from "./types";

/** Spanish: caducidad, revocación and avisos de pago. */
export const es: Lexicon = {
  language: "es",
  slashDateOrder: "dmy",
  months: {
    enero: 1, ene: 1, febrero: 2, feb: 2, marzo: 3, mar: 3, abril: 4, abr: 4, mayo: 5, may: 5, junio: 6, jun: 6,
    julio: 7, jul: 7, agosto: 8, ago: 8, septiembre: 9, setiembre: 9, sept: 9, sep: 9, octubre: 10, oct: 10,
    noviembre: 11, nov: 11, diciembre: 12, dic: 12,
  },
  dayWords: ["días", "dias", "día", "dia"],
  stopwords: ["el", "la", "los", "las", "de", "del", "que", "tu", "su", "para", "por", "con", "es", "en", "una", "un", "ha", "no", "y"],
  phrases: {
    expiresInDays: ["(?:caduca|vence|expira|caducará|vencerá|expirará) (?:dentro de|en) {N} días?", "dentro de {N} días?", "quedan {N} días?"],
    expiresOn: ["(?:caduca|vence|expira|caducará|vencerá|expirará)(?: automáticamente)? (?:el )?{DATE}", "(?:caduca|vence|expira|caducará) {GAP}?, el {DATE}"],
    hasExpired: ["(?:ha|han) (?:caducado|vencido|expirado)", "(?:caducó|venció|expiró)", "está caducado"],
    validUntil: ["fecha de (?:caducidad|vencimiento|expiración)\\s?:? {DATE}", "válido hasta(?: el)?\\s?:? {DATE}"],
    renewCall: ["renueva(?:lo)?\\b", "renovar ahora", "renuévalo", "renueve"],
    urgency: ["urgente", "inmediatamente", "de inmediato", "a punto de (?:caducar|vencer|expirar)", "última oportunidad", "no esperes", "actúa ahora"],
    revoked: ["(?:ha|han) sido revocad[oa]s?", "fue revocad[oa]", "estado\\s?:? revocado", "certificado revocado", "hemos revocado", "está revocado"],
    willRevoke: ["(?:será|serán) revocad[oa]s?", "se revocará", "revocaremos"],
    mustReplace: ["(?:debe|deberá|deben|deberán) ser (?:reemplazad[oa]s?|sustituid[oa]s?)"],
    revocationReason: ["motivo de (?:la )?revocación\\s?:? [\\w ()-]{3,40}", "clave (?:privada )?comprometida", "compromiso de (?:la )?clave", "emitido por error", "error de validación"],
    distrust: ["dejará de confiar", "desconfianza"],
    paymentWord: ["\\bpago", "factura", "cobro", "impago"],
    paymentFailed: [
      "pago (?:ha fallado|falló|ha sido rechazado|fue rechazado|no (?:se ha |fue |ha sido |se )?(?:aceptado|completado|completó|procesado))",
      "no se aceptó el pago",
      "no (?:pudimos|hemos podido|se pudo|se ha podido) (?:cobrar|procesar|cargar|completar)",
      "(?:método de pago|tarjeta) no (?:fue|ha sido) aceptad[oa]",
      "(?:método de pago|tarjeta) (?:fue|ha sido) rechazad[oa]",
      "pago rechazado",
    ],
    awaitingPayment: ["pendiente de pago", "pago (?:sigue )?pendiente", "importe pendiente", "factura (?:vencida|pendiente|impagada)", "(?:paga|pagar) ahora"],
    receipt: ["\\brecibo\\b", "factura pagada", "pago (?:realizado|recibido|confirmado)", "gracias por (?:tu|su) pago", "se ha cobrado"],
    orderNumber: ["pedido\\s?(?:n\\.?\\s?[ºo°]\\.?|#|número)?\\s?:? ?{ID}", ],
    invoiceNumber: ["factura\\s?(?:n\\.?\\s?[ºo°])?\\s?:? ?{ID}"],
    domainValidation: ["validación (?:del|de) dominio", "validar (?:tu|su|el) dominio", "control del dominio"],
    issued: ["ha sido emitido", "se ha emitido", "está listo para instalar"],
    marketing: ["boletín", "seminario web", "webinar", "encuesta", "oferta", "descuento"],
  },
  reasons: { "clave": "keyCompromise", "emitido por error": "misissuance", "error de validación": "caValidationIncident" },
};
