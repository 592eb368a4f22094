import { describe } from "vitest";
import { type FiringRow, type SilentRow, itFires, itStaysSilent } from "./claims.test-support";

// What expires: a card named early in a long clause, behind a host name, is still the subject;
// a certificate named after the card is what the clause speaks of.
const SILENT: SilentRow[] = [
  [
    "fr",
    "La carte bancaire utilisée pour le renouvellement automatique de boutique.example.fr expire le 30/11/2026.",
    "expiry.on-date",
  ],
  ["en", "The card used for the auto-renewal of shop.example.com expires on 11/30/2026.", "expiry.on-date"],
  [
    "de",
    "Die Kreditkarte für die automatische Verlängerung von shop.example.de läuft am 30.11.2026 ab.",
    "expiry.on-date",
  ],
  [
    "es",
    "La tarjeta registrada para la renovación automática de tienda.example.es caduca el 30/11/2026.",
    "expiry.on-date",
  ],
  ["en", "Card on file for shop.example.com valid until 11/30/2026", "expiry.valid-until"],
];

const FIRES: FiringRow[] = [
  [
    "en",
    "Thanks for updating your card; the SSL certificate for shop.example.com expires on 11/30/2026.",
    "expiry.on-date",
    "2026-11-30",
  ],
  ["fr", "Le certificat de carte.example.fr expire le 30/11/2026.", "expiry.on-date", "2026-11-30"],
  ["en", "Certificate for shop.example.com valid until 11/30/2026", "expiry.valid-until", "2026-11-30"],
];

describe("what the clause says expires", () => {
  itStaysSilent(SILENT);
  itFires(FIRES);
});

// "Renew <host> before <date>" dates the host's expiry, in an offer too; without a host it may be the offer's deadline.
describe("renew a named host before a date", () => {
  itFires([
    ["en", "Renew shop.example.com before 28 Nov 2026", "expiry.on-date", "2026-11-28"],
    ["de", "Verlängern Sie shop.example.de bis zum 28.11.2026.", "expiry.on-date", "2026-11-28"],
    ["fr", "Renouvelez boutique.example.fr avant le 28/11/2026.", "expiry.on-date", "2026-11-28"],
    ["es", "Renueve tienda.example.es antes del 28/11/2026.", "expiry.on-date", "2026-11-28"],
    ["it", "Rinnova negozio.example.it entro il 28/11/2026.", "expiry.on-date", "2026-11-28"],
    ["nl", "Verleng winkel.example.nl vóór 28-11-2026.", "expiry.on-date", "2026-11-28"],
    ["pt", "Renove loja.example.pt antes de 28/11/2026.", "expiry.on-date", "2026-11-28"],
  ]);
  itStaysSilent([
    ["en", "Renew now before 28 Nov 2026 and save 40%.", "expiry.on-date"],
    ["en", "Renew your certificate before 28 Nov 2026 to get 40% off.", "expiry.on-date"],
  ]);
});

describe("a card named before an aside between commas", () => {
  itStaysSilent([
    [
      "fr",
      "La carte bancaire, utilisée pour le renouvellement de boutique.example.fr, expire le 30/11/2026.",
      "expiry.on-date",
    ],
    ["en", "The card on file, used to renew shop.example.com, expires on 11/30/2026.", "expiry.on-date"],
  ]);
  itFires([
    [
      "en",
      "We updated your card, and the certificate for shop.example.com expires on 11/30/2026.",
      "expiry.on-date",
      "2026-11-30",
    ],
  ]);
});
