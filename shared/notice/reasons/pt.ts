import type { ReasonFacts, ReasonTemplates } from "./types";

type F = ReasonFacts;
type D = (iso: string) => string;
const order = (f: F) => (f.statedOrder ? ` para a encomenda ${f.statedOrder}` : "");
const fate = (f: F, d: D) =>
  f.expired ? `expirou a ${d(String(f.notAfter))}` : `é válido até ${d(String(f.notAfter))}`;
const about = (f: F, d: D) =>
  f.intent === "let-lapse"
    ? `decidiu deixar expirar ${f.commonName}, e ${fate(f, d)}`
    : f.autoRenew
      ? `${f.commonName} renova-se automaticamente, e ${fate(f, d)}`
      : `${f.commonName} não tem renovação automática com o fornecedor, e ${fate(f, d)}`;
const GIST: Record<string, string> = {
  "payment-failed": "que um pagamento falhou",
  "awaiting-payment": "que há um pagamento em dívida",
  "revoked-for-payment": "que o certificado foi ou será revogado por causa de um pagamento",
};

/** Portuguese reasons. */
export const pt: ReasonTemplates = {
  "payment-without-renewal-order": (f, { date }) =>
    `Afirma ${GIST[String(f.claim)]} («${f.phrase}»)${order(f)}, mas não existe nenhuma encomenda de renovação: ${about(f, date)}. ${f.revoked ? "Nada foi revogado." : "Nada é devido por ele."}`,
  "vendor-not-certificates": (f) =>
    `Reclama um pagamento em nome de ${f.senderVendor}, mas ${f.commonName} renova-se automaticamente com ${f.vendor}, não com ${f.senderVendor}.`,
  "order-not-certificates": (f) =>
    `Reclama um pagamento para a encomenda ${f.statedOrder}, que não é uma encomenda de ${f.commonName} (as suas encomendas: ${f.orders || "nenhuma"}).`,
  "revoked-for-payment": (f, { date }) =>
    `Afirma que o certificado ${f.threat ? "será" : "foi"} revogado por causa de um pagamento («${f.phrase}»), mas ${about(f, date)}. Uma AC não revoga um certificado por uma renovação não paga que ninguém encomendou.`,
  "revoked-but-expired": (f, { date }) =>
    `Afirma que ${f.commonName} foi revogado, mas nunca o foi: simplesmente expirou a ${date(String(f.notAfter))}.`,
  "revoked-but-valid": (f, { date }) =>
    `Afirma que ${f.commonName} foi revogado, mas os seus registos não mostram nenhuma revogação: é válido até ${date(String(f.notAfter))}.`,
  "revocation-date-wrong": (f, { date }) =>
    `Afirma que ${f.commonName} foi revogado a ${date(String(f.claimedDate))}, mas a única revogação registada é outra; o certificado atual é válido até ${date(String(f.notAfter))}.`,
  "expiry-date-wrong": (f, { date }) =>
    `Afirma que ${f.commonName} expira a ${date(String(f.statedDate))}, mas expira a ${date(String(f.notAfter))}.`,
  "days-left-wrong": (f, { date, number }) =>
    `Afirma que ${f.commonName} expira ${f.within ? "dentro de" : "em"} ${number(Number(f.statedDays))} dias, mas a ${date(String(f.sentOn))} restavam-lhe ${number(Number(f.daysLeft))} dias (até ${date(String(f.notAfter))}).`,
  "not-expired": (f, { date }) => `Afirma que ${f.commonName} expirou, mas é válido até ${date(String(f.notAfter))}.`,
  "false-urgency": (f, { date, number }) =>
    `Pressiona para uma renovação urgente («${f.phrase}»), mas ${f.commonName} ainda tem ${number(Number(f.daysLeft))} dias, até ${date(String(f.notAfter))}.`,
  "read-prefix": (f, { number }) =>
    `Só foram lidos os primeiros ${number(Number(f.readKiB))} KiB desta mensagem de ${number(Number(f.sizeMiB))} MiB; o resto não foi examinado.`,
};
