import { type ClaimTemplates, valueText as v } from "./types";

/** Dutch sentences for claims. */
export const nl: ClaimTemplates = {
  "claim.expires-on": (f, format) => `Beweert dat het certificaat verloopt op ${v(f, format)}.`,
  "claim.expires-in-days": (f, format) => `Beweert dat het certificaat over ${v(f, format)} dagen verloopt.`,
  "claim.expires-within-days": (f, format) => `Beweert dat het certificaat binnen ${v(f, format)} dagen verloopt.`,
  "claim.expires-soon": () => "Beweert dat het certificaat binnenkort verloopt.",
  "claim.incident": () => "Meldt een incident bij de certificaatautoriteit.",
  "claim.has-expired": (f, format) =>
    `Beweert dat het certificaat${f.value === null ? "" : ` op ${v(f, format)}`} is verlopen.`,
  "claim.revoked": (f, format) =>
    `Beweert dat het certificaat${f.value === null ? "" : ` op ${v(f, format)}`} is ingetrokken.`,
  "claim.revoked-for-payment": () => "Beweert dat het certificaat wegens een betaling is of wordt ingetrokken.",
  "claim.payment-failed": () => "Beweert dat een betaling is mislukt.",
  "claim.awaiting-payment": () => "Beweert dat een betaling openstaat.",
  "claim.order-number": (f, format) => `Noemt bestelling ${v(f, format)}.`,
  "claim.receipt": () => "Bevestigt een betaling (bon of factuur).",
  "claim.renewal-call-to-action": () => "Vraagt het certificaat te verlengen.",
  "claim.urgency": () => "Dringt aan op spoed.",
  "claim.domain-validation": () => "Vraagt om domeinvalidatie.",
  "claim.issued": () => "Meldt dat een certificaat is uitgegeven.",
  "claim.will-be-revoked": () => "Kondigt aan dat het certificaat wordt ingetrokken.",
  "claim.distrust": () => "Meldt dat browsers de certificaatautoriteit niet meer zullen vertrouwen.",
  "claim.valid-until": (f, format) => `Beweert dat het certificaat geldig is tot ${v(f, format)}.`,
  "claim.revocation-reason": (f, format) =>
    `Noemt een reden voor de intrekking${f.value === null ? "" : `: ${v(f, format)}`}.`,
  "claim.marketing": () => "Maakt reclame voor een product.",
  "claim.must-replace": () => "Beweert dat het certificaat vervangen moet worden.",
  "claim.invoice-number": (f, format) => `Noemt factuur ${v(f, format)}.`,
};
