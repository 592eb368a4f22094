import type { ReplyTemplate } from "./template";

export const es: ReplyTemplate = {
  subjectPrefix: "RE:",
  greeting: "Estimados señores:",
  reference: (subject, sentOn, name) => `Nos referimos a su mensaje «${subject}»${sentOn ? ` del ${sentOn}` : ""} sobre el certificado de ${name}.`,
  decidedNotToRenew: "Decidimos deliberadamente no renovar este certificado.",
  notOrdered: "No hemos encargado la renovación de este certificado.",
  expired: (date) => `Caducó el ${date} y no fue revocado.`,
  valid: (date) => `Es válido hasta el ${date} y no ha sido revocado.`,
  noOrderNoPayment: "No se realizó ningún pedido ni se intentó ningún pago.",
  renewsUnder: (numbers) => `Su renovación se gestiona con nuestro propio pedido ${numbers}; no hemos realizado ningún otro pedido.`,
  foreignOrders: (numbers) => `El número de pedido ${numbers} no es nuestro.`,
  requests: [
    "Les rogamos que cierren cualquier pedido abierto para él,",
    "que dejen de enviar estos mensajes",
    "y que corrijan su redacción: no se debe nada y el certificado no fue revocado.",
  ],
  closing: "Atentamente,",
};
