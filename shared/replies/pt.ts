import type { ReplyTemplate } from "./template";

export const pt: ReplyTemplate = {
  subjectPrefix: "RE:",
  greeting: "Exmos. Senhores,",
  reference: (subject, sentOn, name) => `Referimo-nos à vossa mensagem «${subject}»${sentOn ? ` de ${sentOn}` : ""} sobre o certificado de ${name}.`,
  decidedNotToRenew: "Decidimos deliberadamente não renovar este certificado.",
  notOrdered: "Não encomendámos a renovação deste certificado.",
  expired: (date) => `Expirou em ${date} e não foi revogado.`,
  valid: (date) => `É válido até ${date} e não foi revogado.`,
  noOrderNoPayment: "Não foi feita nenhuma encomenda nem tentado qualquer pagamento.",
  renewsUnder: (numbers) => `A renovação decorre da nossa própria encomenda ${numbers}; não fizemos nenhuma outra encomenda.`,
  foreignOrders: (numbers) => `O número de encomenda ${numbers} não é nosso.`,
  requests: [
    "Pedimos que encerrem qualquer encomenda aberta para o mesmo,",
    "que deixem de enviar estas mensagens",
    "e que corrijam a sua redação: nada é devido e o certificado não foi revogado.",
  ],
  closing: "Com os melhores cumprimentos,",
};
