import type { ReplyTemplate } from "./template";

export const pt: ReplyTemplate = {
  subjectPrefix: "RE:",
  greeting: "Exmos. Senhores,",
  reference: (subject, sentOn, name) =>
    `Referimo-nos à vossa mensagem «${subject}»${sentOn ? ` de ${sentOn}` : ""} sobre o certificado de ${name}.`,
  decidedNotToRenew: "Decidimos deliberadamente não renovar este certificado.",
  notOrdered: "Não encomendámos a renovação deste certificado.",
  expired: (date) => `Expirou em ${date}.`,
  valid: (date) => `É válido até ${date}.`,
  notRevokedByCa: "O estado de revogação publicado pela própria AC (CRL ou OCSP) mostra que não foi revogado.",
  noRevocationOnRecord: "Os nossos registos não mostram nenhuma revogação.",
  wrongDate: (stated, actual) => `A vossa mensagem indica ${stated} como data de expiração; expira em ${actual}.`,
  wrongDays: (stated, daysLeft) => `A vossa mensagem fala de ${stated} dias; restavam-lhe ${daysLeft} dias.`,
  notExpired: "Não expirou.",
  noUrgency: (daysLeft) => `Com ${daysLeft} dias restantes, nada é urgente.`,
  noOrderNoPayment: "Não foi feita nenhuma encomenda nem tentado qualquer pagamento.",
  renewsUnder: (numbers) =>
    `A renovação decorre da nossa própria encomenda ${numbers}; não fizemos nenhuma outra encomenda.`,
  foreignOrders: (numbers) => `O número de encomenda ${numbers} não é nosso.`,
  requests: [
    "Pedimos que encerrem qualquer encomenda aberta para o mesmo,",
    "que deixem de enviar estas mensagens",
    "e que corrijam a sua redação: nada é devido.",
  ],
  correctionRequest: "Pedimos que corrijam os vossos registos e as vossas mensagens em conformidade.",
  closing: "Com os melhores cumprimentos,",
};
