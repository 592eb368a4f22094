import type { ReasonFacts, ReasonTemplates } from "./types";

type F = ReasonFacts;
type D = (iso: string) => string;
const order = (f: F) => (f.statedOrder ? ` para el pedido ${f.statedOrder}` : "");
const fate = (f: F, d: D) =>
  f.expired ? `caducó el ${d(String(f.notAfter))}` : `es válido hasta el ${d(String(f.notAfter))}`;
const about = (f: F, d: D) =>
  f.intent === "let-lapse"
    ? `decidió dejar caducar ${f.commonName}, y ${fate(f, d)}`
    : f.autoRenew
      ? `${f.commonName} se renueva automáticamente, y ${fate(f, d)}`
      : `${f.commonName} no tiene renovación automática con su proveedor, y ${fate(f, d)}`;
const GIST: Record<string, string> = {
  "payment-failed": "que un pago ha fallado",
  "awaiting-payment": "que hay un pago pendiente",
  "revoked-for-payment": "que el certificado fue o será revocado por un pago",
};

/** Spanish reasons. */
export const es: ReasonTemplates = {
  "payment-without-renewal-order": (f, { date }) =>
    `Afirma ${GIST[String(f.claim)]} («${f.phrase}»)${order(f)}, pero no existe ningún pedido de renovación: ${about(f, date)}. ${f.revoked ? "No se revocó nada." : "No se debe nada por él."}`,
  "vendor-not-certificates": (f) =>
    `Reclama un pago en nombre de ${f.senderVendor}, pero ${f.commonName} se renueva automáticamente con ${f.vendor}, no con ${f.senderVendor}.`,
  "order-not-certificates": (f) =>
    `Reclama un pago para el pedido ${f.statedOrder}, que no es un pedido de ${f.commonName} (sus pedidos: ${f.orders || "ninguno"}).`,
  "revoked-for-payment": (f, { date }) =>
    `Afirma que el certificado ${f.threat ? "será" : "fue"} revocado por un pago («${f.phrase}»), pero ${about(f, date)}. Una CA no revoca un certificado por una renovación impagada que nadie pidió.`,
  "revoked-but-expired": (f, { date }) =>
    `Afirma que ${f.commonName} fue revocado, pero nunca lo fue: simplemente caducó el ${date(String(f.notAfter))}.`,
  "revoked-but-valid": (f, { date }) =>
    `Afirma que ${f.commonName} fue revocado, pero sus registros no muestran ninguna revocación: es válido hasta el ${date(String(f.notAfter))}.`,
  "revocation-date-wrong": (f, { date }) =>
    `Afirma que ${f.commonName} fue revocado el ${date(String(f.claimedDate))}, pero la única revocación registrada es otra; el certificado actual es válido hasta el ${date(String(f.notAfter))}.`,
  "expiry-date-wrong": (f, { date }) =>
    `Afirma que ${f.commonName} caduca el ${date(String(f.statedDate))}, pero caduca el ${date(String(f.notAfter))}.`,
  "days-left-wrong": (f, { date, number }) =>
    `Afirma que ${f.commonName} caduca ${f.within ? "en menos de" : "en"} ${number(Number(f.statedDays))} días, pero el ${date(String(f.sentOn))} le quedaban ${number(Number(f.daysLeft))} días (hasta el ${date(String(f.notAfter))}).`,
  "not-expired": (f, { date }) =>
    `Afirma que ${f.commonName} ha caducado, pero es válido hasta el ${date(String(f.notAfter))}.`,
  "false-urgency": (f, { date, number }) =>
    `Presiona para renovar con urgencia («${f.phrase}»), pero a ${f.commonName} le quedan ${number(Number(f.daysLeft))} días, hasta el ${date(String(f.notAfter))}.`,
  "read-prefix": (f, { number }) =>
    `Solo se leyeron los primeros ${number(Number(f.readKiB))} KiB de este mensaje de ${number(Number(f.sizeMiB))} MiB; lo que sigue no se examinó.`,
};
