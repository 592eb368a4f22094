import { describe } from "vitest";
import { type FiringRow, type SilentRow, itFires, itStaysSilent } from "./claims.test-support";

// Payment words inside compounds ("Zahlungsversuch", "betalingspoging") and receipts that only say
// money was taken from a card ("we charged", "wurde belastet", "a été débité").
const FIRES: FiringRow[] = [
  ["de", "Ihr Zahlungsversuch ist fehlgeschlagen.", "payment.failed"],
  ["de", "Die Kartenzahlung wurde abgelehnt.", "payment.failed"],
  ["de", "Der Abbuchungsversuch ist gescheitert.", "payment.failed"],
  ["nl", "Uw betalingspoging is mislukt.", "payment.failed"],
  ["nl", "De kaartbetaling werd geweigerd.", "payment.failed"],
  ["en", "We charged USD 129.00 to the card ending 1881 for order 55012.", "payment.receipt"],
  ["en", "EUR 96.00 has been charged to your Visa card.", "payment.receipt"],
  ["de", "Der Betrag von 96,00 EUR wurde Ihrer Kreditkarte belastet.", "payment.receipt"],
  ["de", "Der Betrag wurde von Ihrem Konto abgebucht.", "payment.receipt"],
  ["fr", "Le montant de 96,00 € a été débité de votre carte.", "payment.receipt"],
  ["es", "Se ha cargado 96,00 € a su tarjeta.", "payment.receipt"],
  ["it", "L'importo di 96,00 € è stato addebitato sulla sua carta.", "payment.receipt"],
  ["nl", "Het bedrag is van uw rekening afgeschreven.", "payment.receipt"],
  ["pt", "O valor de 96,00 € foi debitado no seu cartão.", "payment.receipt"],
];

const SILENT: SilentRow[] = [
  ["en", "We could not charge your card.", "payment.receipt"],
  ["en", "Your card will be charged on 1 December.", "payment.receipt"],
  ["de", "Ihre Karte konnte nicht belastet werden.", "payment.receipt"],
  ["de", "Der Betrag wird Ihrer Karte belastet werden.", "payment.receipt"],
  ["fr", "Le montant n'a pas été débité.", "payment.receipt"],
  ["nl", "Het bedrag is niet afgeschreven.", "payment.receipt"],
  ["de", "Ihre Zahlung wurde erfolgreich verarbeitet.", "payment.failed"],
];

describe("payment compounds and charges", () => {
  itFires(FIRES);
  itStaysSilent(SILENT);
});

describe("receipts that state the amount before the verb", () => {
  itFires([
    ["en", "Your certificate has been renewed. Payment of $49.88 received.", "payment.receipt"],
    ["de", "Zahlung von 49,88 EUR erhalten.", "payment.receipt"],
  ]);
  itStaysSilent([
    ["en", "Payment of $49.88 not received.", "payment.receipt"],
    ["en", "Once payment of $49.88 is received, we will issue the certificate.", "payment.receipt"],
  ]);
});

describe("Swedish and Polish payment compounds and charges", () => {
  itFires([
    ["sv", "Betalningsförsöket misslyckades.", "payment.failed"],
    ["sv", "Kortbetalningen nekades.", "payment.failed"],
    ["sv", "Vi har dragit 96,00 EUR från ditt kort.", "payment.receipt"],
    ["pl", "Obciążyliśmy Twoją kartę kwotą 96,00 EUR.", "payment.receipt"],
    ["pl", "Kwota 96,00 EUR została pobrana z karty.", "payment.receipt"],
  ]);
  itStaysSilent([
    ["sv", "Vi kunde inte dra beloppet från ditt kort.", "payment.receipt"],
    ["pl", "Kwota nie została pobrana z karty.", "payment.receipt"],
  ]);
});

describe("a downloaded file is no charge", () => {
  itStaysSilent([["pl", "Plik certyfikatu został pobrany.", "payment.receipt"]]);
});

describe("Spanish charge attempts", () => {
  itFires([
    ["es", "El intento de cobro ha fallado.", "payment.failed"],
    ["es", "La domiciliación fue rechazada por su banco.", "payment.failed"],
  ]);
});
