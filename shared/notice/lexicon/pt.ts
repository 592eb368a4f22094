import type { Lexicon } from "./types";

/** Portuguese: expiração, revogação and avisos de pagamento. */
export const pt: Lexicon = {
  language: "pt",
  slashDateOrder: "dmy",
  months: {
    janeiro: 1, jan: 1, fevereiro: 2, fev: 2, março: 3, marco: 3, mar: 3, abril: 4, abr: 4, maio: 5, mai: 5,
    junho: 6, jun: 6, julho: 7, jul: 7, agosto: 8, ago: 8, setembro: 9, set: 9, outubro: 10, out: 10,
    novembro: 11, nov: 11, dezembro: 12, dez: 12,
  },
  dayWords: ["dias", "dia"],
  stopwords: ["o", "os", "as", "do", "da", "que", "seu", "sua", "para", "com", "não", "em", "um", "uma", "foi", "está", "é", "você", "ao"],
  phrases: {
    expiresInDays: ["(?:expira|vence|expirará|vencerá|caduca) (?:em|dentro de) {N} dias?"],
    expiresOn: ["(?:expira|vence|expirará|vencerá|caduca)(?: automaticamente)? (?:em |no dia |a )?{DATE}", "(?:expira|vence|expirará) {GAP}?, (?:em|a) {DATE}"],
    hasExpired: ["(?:expirou|venceu|caducou)", "(?:está|foi) expirado"],
    validUntil: ["data de (?:validade|expiração|vencimento)\\s?:? {DATE}", "válido até\\s?:? {DATE}"],
    renewCall: ["renove (?:agora|já|o seu|hoje|o certificado)", "renovar agora"],
    urgency: ["urgente", "imediatamente", "prestes a expirar", "última oportunidade", "não espere", "aja agora"],
    revoked: ["foi revogad[oa]", "(?:foram|estão) revogad[oa]s", "revogamos", "estado\\s?:? revogado", "certificado revogado", "está revogado"],
    willRevoke: ["(?:será|serão) revogad[oa]s?", "vamos revogar", "revogaremos", "(?:deve|terá de|tem de) ser substituído"],
    revocationReason: ["motivo (?:da )?revogação\\s?:? [\\w ()-]{3,40}", "chave (?:privada )?comprometida", "comprometimento da chave", "emitido (?:por|com) erro", "erro de validação"],
    distrust: ["deixará de confiar", "desconfiança"],
    paymentWord: ["pagamento", "fatura", "cobrança"],
    paymentFailed: [
      "pagamento (?:falhou|foi recusado|foi rejeitado|não (?:foi )?(?:aceite|aceito|concluído|processado|autorizado))",
      "não (?:conseguimos|foi possível) (?:cobrar|processar|debitar)",
      "(?:cartão|cobrança) {GAP}?(?:recusad[oa]|rejeitad[oa])",
      "falha no pagamento",
    ],
    awaitingPayment: [
      "aguarda(?:ndo)? (?:o )?pagamento",
      "pagamento pendente",
      "pendente de pagamento",
      "(?:fatura|pagamento) {GAP}?(?:vencid[oa]|em atraso|pendente)",
      "valor em (?:dívida|aberto)",
      "pague agora",
      "lembrete de pagamento",
    ],
    receipt: ["\\brecibo\\b", "pagamento (?:recebido|confirmado|concluído|efetuado com sucesso)", "obrigado pelo (?:seu )?pagamento", "foi debitado"],
    orderNumber: ["(?:pedido|encomenda)\\s?(?:n\\.?\\s?[ºo°]|#|número)?\\s?:? ?{ID}", "fatura\\s?(?:n\\.?\\s?[ºo°])?\\s?:? ?{ID}"],
    domainValidation: ["validação (?:do|de) domínio", "validar (?:o seu |o )?domínio", "verificação do domínio"],
    issued: ["foi emitido", "está pronto para instalar"],
    marketing: ["newsletter", "webinar", "desconto", "oferta", "inquérito", "pesquisa de satisfação"],
  },
  reasons: { "chave": "keyCompromise", "emitido": "misissuance", "erro de validação": "caValidationIncident" },
};
