import type { ReasonFacts, ReasonTemplates } from "./types";

type F = ReasonFacts;
type D = (iso: string) => string;
const order = (f: F) => (f.statedOrder ? ` per l’ordine ${f.statedOrder}` : "");
const fate = (f: F, d: D) =>
  f.expired ? `è scaduto il ${d(String(f.notAfter))}` : `è valido fino al ${d(String(f.notAfter))}`;
const about = (f: F, d: D) =>
  f.intent === "let-lapse"
    ? `avete deciso di lasciar scadere ${f.commonName}, ed ${fate(f, d)}`
    : f.autoRenew
      ? `${f.commonName} si rinnova automaticamente, ed ${fate(f, d)}`
      : `${f.commonName} non ha il rinnovo automatico presso il fornitore, ed ${fate(f, d)}`;
const GIST: Record<string, string> = {
  "payment-failed": "che un pagamento non è riuscito",
  "awaiting-payment": "che un pagamento è dovuto",
  "revoked-for-payment": "che il certificato è stato o sarà revocato per un pagamento",
};

/** Italian reasons. */
export const it: ReasonTemplates = {
  "payment-without-renewal-order": (f, { date }) =>
    `Afferma ${GIST[String(f.claim)]} («${f.phrase}»)${order(f)}, ma non esiste alcun ordine di rinnovo: ${about(f, date)}. ${f.revoked ? "Nulla è stato revocato." : "Non è dovuto nulla."}`,
  "vendor-not-certificates": (f) =>
    `Chiede un pagamento a nome di ${f.senderVendor}, ma ${f.commonName} si rinnova automaticamente presso ${f.vendor}, non presso ${f.senderVendor}.`,
  "order-not-certificates": (f) =>
    `Chiede un pagamento per l’ordine ${f.statedOrder}, che non è un ordine di ${f.commonName} (i suoi ordini: ${f.orders || "nessuno"}).`,
  "revoked-for-payment": (f, { date }) =>
    `Afferma che il certificato ${f.threat ? "sarà" : "è stato"} revocato per un pagamento («${f.phrase}»), ma ${about(f, date)}. Una CA non revoca un certificato per un rinnovo non pagato che nessuno ha ordinato.`,
  "revoked-but-expired": (f, { date }) =>
    `Afferma che ${f.commonName} è stato revocato, ma non lo è mai stato: è semplicemente scaduto il ${date(String(f.notAfter))}.`,
  "revoked-but-valid": (f, { date }) =>
    `Afferma che ${f.commonName} è stato revocato, ma i vostri registri non mostrano alcuna revoca: è valido fino al ${date(String(f.notAfter))}.`,
  "revocation-date-wrong": (f, { date }) =>
    `Afferma che ${f.commonName} è stato revocato il ${date(String(f.claimedDate))}, ma l’unica revoca registrata è un’altra; il certificato attuale è valido fino al ${date(String(f.notAfter))}.`,
  "expiry-date-wrong": (f, { date }) =>
    `Afferma che ${f.commonName} scade il ${date(String(f.statedDate))}, ma scade il ${date(String(f.notAfter))}.`,
  "days-left-wrong": (f, { date, number }) =>
    `Afferma che ${f.commonName} scade ${f.within ? "entro" : "tra"} ${number(Number(f.statedDays))} giorni, ma il ${date(String(f.sentOn))} gli restavano ${number(Number(f.daysLeft))} giorni (fino al ${date(String(f.notAfter))}).`,
  "not-expired": (f, { date }) =>
    `Afferma che ${f.commonName} è scaduto, ma è valido fino al ${date(String(f.notAfter))}.`,
  "false-urgency": (f, { date, number }) =>
    `Sollecita un rinnovo urgente («${f.phrase}»), ma a ${f.commonName} restano ${number(Number(f.daysLeft))} giorni, fino al ${date(String(f.notAfter))}.`,
  "read-prefix": (f, { number }) =>
    `Sono stati letti solo i primi ${number(Number(f.readKiB))} KiB di questo messaggio di ${number(Number(f.sizeMiB))} MiB; il resto non è stato esaminato.`,
};
