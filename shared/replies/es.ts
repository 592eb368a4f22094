import type { ReplyTemplate } from "./template";

export const es: ReplyTemplate = {
  subjectPrefix: "RE:",
  greeting: "Estimados señores:",
  reference: (subject, sentOn, name) =>
    `Nos referimos a su mensaje «${subject}»${sentOn ? ` del ${sentOn}` : ""} sobre el certificado de ${name}.`,
  decidedNotToRenew: "Decidimos deliberadamente no renovar este certificado.",
  notOrdered: "No hemos encargado la renovación de este certificado.",
  expired: (date) => `Caducó el ${date}.`,
  valid: (date) => `Es válido hasta el ${date}.`,
  notRevokedByCa: "El estado de revocación publicado por la propia CA (CRL u OCSP) muestra que no ha sido revocado.",
  noRevocationOnRecord: "Nuestros registros no muestran ninguna revocación.",
  wrongDate: (stated, actual) => `Su mensaje indica el ${stated} como fecha de caducidad; caduca el ${actual}.`,
  wrongDays: (stated, daysLeft) => `Su mensaje habla de ${stated} días; le quedaban ${daysLeft} días.`,
  notExpired: "No ha caducado.",
  noUrgency: (daysLeft) => `Con ${daysLeft} días restantes, no hay ninguna urgencia.`,
  noOrderNoPayment: "No se realizó ningún pedido ni se intentó ningún pago.",
  renewsUnder: (numbers) =>
    `Su renovación se gestiona con nuestro propio pedido ${numbers}; no hemos realizado ningún otro pedido.`,
  foreignOrders: (numbers) => `El número de pedido ${numbers} no es nuestro.`,
  requests: [
    "Les rogamos que cierren cualquier pedido abierto para él,",
    "que dejen de enviar estos mensajes",
    "y que corrijan su redacción: no se debe nada.",
  ],
  correctionRequest: "Les rogamos que corrijan sus registros y sus mensajes en consecuencia.",
  closing: "Atentamente,",
};
