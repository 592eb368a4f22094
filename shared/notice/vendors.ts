import { RESELLERS } from "./resellers";

/** A certificate vendor (CA or reseller): its names and the domains its mail really comes from. */
export interface Vendor {
  name: string;
  /** Registrable domains the vendor sends from. */
  domains: string[];
  /** Lower-case names as they appear in display names and text. */
  aliases: string[];
  /** The company behind several brands (DigiCert sells thawte, GeoTrust, RapidSSL). */
  family?: string;
}

/** The vendor registry, as data. Resellers count as vendors: they send billing mail too. */
export const VENDORS: readonly Vendor[] = [
  { name: "DigiCert", domains: ["digicert.com", "digicert.de", "digicert.co.uk", "quovadisglobal.com"], aliases: ["digicert", "certcentral", "quovadis"], family: "DigiCert" },
  { name: "Sectigo", domains: ["sectigo.com", "sectigo.co.uk", "comodoca.com"], aliases: ["sectigo"], family: "Sectigo" },
  { name: "Comodo", domains: ["comodo.com", "comodoca.com"], aliases: ["comodo"], family: "Sectigo" },
  { name: "GoDaddy", domains: ["godaddy.com", "secureserver.net", "godaddy.de", "godaddy.es", "godaddy.fr", "godaddy.it", "godaddy.nl"], aliases: ["godaddy", "go daddy"] },
  { name: "GlobalSign", domains: ["globalsign.com", "globalsign.de", "globalsign.fr", "globalsign.co.uk", "globalsign.es", "globalsign.nl", "globalsign.it"], aliases: ["globalsign"] },
  { name: "Entrust", domains: ["entrust.com", "entrust.net", "entrustdatacard.com"], aliases: ["entrust"] },
  { name: "Let's Encrypt", domains: ["letsencrypt.org"], aliases: ["let's encrypt", "let’s encrypt", "letsencrypt"] },
  { name: "ZeroSSL", domains: ["zerossl.com"], aliases: ["zerossl"] },
  { name: "SSL.com", domains: ["ssl.com"], aliases: ["ssl.com"] },
  { name: "thawte", domains: ["thawte.com", "thawte.de", "thawte.fr"], aliases: ["thawte"], family: "DigiCert" },
  { name: "Symantec", domains: ["symantec.com", "symauth.com"], aliases: ["symantec"], family: "DigiCert" },
  { name: "GeoTrust", domains: ["geotrust.com"], aliases: ["geotrust"], family: "DigiCert" },
  { name: "RapidSSL", domains: ["rapidssl.com"], aliases: ["rapidssl"], family: "DigiCert" },
  { name: "PSW GROUP", domains: ["psw-group.de", "psw.net"], aliases: ["psw group", "psw-group"] },
  { name: "Actalis", domains: ["actalis.it", "actalis.com"], aliases: ["actalis"] },
  { name: "Certum", domains: ["certum.pl", "certum.eu", "assecods.pl"], aliases: ["certum"] },
  { name: "Buypass", domains: ["buypass.no", "buypass.com"], aliases: ["buypass"] },
  { name: "HARICA", domains: ["harica.gr"], aliases: ["harica"] },
  { name: "SwissSign", domains: ["swisssign.com", "swisssign.ch"], aliases: ["swisssign"] },
  { name: "D-Trust", domains: ["d-trust.net", "bundesdruckerei.de"], aliases: ["d-trust"] },
  { name: "Namecheap", domains: ["namecheap.com"], aliases: ["namecheap"] },
  { name: "SSLs.com", domains: ["ssls.com"], aliases: ["ssls.com"] },
  { name: "GoGetSSL", domains: ["gogetssl.com"], aliases: ["gogetssl"] },
  { name: "TheSSLStore", domains: ["thesslstore.com"], aliases: ["the ssl store", "thesslstore"] },
  { name: "Trustico", domains: ["trustico.com", "trustico.eu"], aliases: ["trustico"] },
  { name: "SSLMate", domains: ["sslmate.com"], aliases: ["sslmate", "cert spotter"] },
  { name: "Certigna", domains: ["certigna.com", "certigna.fr"], aliases: ["certigna"] },
  { name: "InfoCert", domains: ["infocert.it"], aliases: ["infocert"] },
  { name: "Aruba", domains: ["aruba.it", "arubapec.it"], aliases: ["aruba"] },
  { name: "Multicert", domains: ["multicert.com"], aliases: ["multicert"] },
  { name: "Xolphin", domains: ["xolphin.com", "xolphin.nl"], aliases: ["xolphin"] },
  { name: "Networking4All", domains: ["networking4all.com", "sslcertificaten.nl"], aliases: ["networking4all"] },
  { name: "IONOS", domains: ["ionos.com", "ionos.de", "ionos.es", "ionos.fr", "ionos.it", "1und1.de"], aliases: ["ionos"] },
  { name: "Network Solutions", domains: ["networksolutions.com"], aliases: ["network solutions"] },
  { name: "Google Trust Services", domains: ["pki.goog"], aliases: ["google trust services"] },
  { name: "Camerfirma", domains: ["camerfirma.com"], aliases: ["camerfirma"] },
  { name: "Firmaprofesional", domains: ["firmaprofesional.com"], aliases: ["firmaprofesional"] },
  { name: "Izenpe", domains: ["izenpe.com", "izenpe.eus"], aliases: ["izenpe"] },
  { name: "Telekom Security", domains: ["telekom.de", "t-systems.com"], aliases: ["telekom security"] },
  { name: "Cloudflare", domains: ["cloudflare.com"], aliases: ["cloudflare"] },
  { name: "Trustwave", domains: ["trustwave.com"], aliases: ["trustwave"] },
  { name: "OVHcloud", domains: ["ovh.com", "ovhcloud.com", "ovh.net"], aliases: ["ovhcloud"] },
  { name: "Gandi", domains: ["gandi.net"], aliases: ["gandi"] },
  { name: "TransIP", domains: ["transip.nl", "transip.eu"], aliases: ["transip"] },
  { name: "Strato", domains: ["strato.de", "strato.nl"], aliases: ["strato"] },
  { name: "Register.it", domains: ["register.it"], aliases: ["register.it"] },
  { name: "Namirial", domains: ["namirial.com", "namirial.it"], aliases: ["namirial"] },
  { name: "DigitalSign", domains: ["digitalsign.pt"], aliases: ["digitalsign"] },
  { name: "ANF AC", domains: ["anf.es"], aliases: ["anf ac"] },
  { name: "Certinomis", domains: ["certinomis.fr", "certinomis.com"], aliases: ["certinomis"] },
  { name: "ChamberSign", domains: ["chambersign.fr"], aliases: ["chambersign"] },
  { name: "PositiveSSL", domains: ["positivessl.com"], aliases: ["positivessl"], family: "Sectigo" },
  { name: "SSLTrust", domains: ["ssltrust.com.au", "ssltrust.com"], aliases: ["ssltrust"] },
  { name: "SSLmarket", domains: ["sslmarket.cz", "sslmarket.de"], aliases: ["sslmarket"] },
  // Hosting companies and registrars that resell certificates across Europe (distinctive names only:
  // a common word as a brand would make every host containing it a look-alike).
  { name: "CheapSSLSecurity", domains: ["cheapsslsecurity.com"], aliases: ["cheapsslsecurity"] },
  { name: "Dinahosting", domains: ["dinahosting.com", "dinahosting.es"], aliases: ["dinahosting"] },
  { name: "Arsys", domains: ["arsys.es", "arsys.net"], aliases: ["arsys"] },
  { name: "AMEN", domains: ["amen.pt", "amen.fr", "amen.es", "amenworld.com"], aliases: ["amen.pt", "amen.fr", "amen portugal"] },
  { name: "PTisp", domains: ["ptisp.pt"], aliases: ["ptisp"] },
  { name: "Loopia", domains: ["loopia.se", "loopia.com", "loopia.rs"], aliases: ["loopia"] },
  { name: "Binero", domains: ["binero.se"], aliases: ["binero"] },
  { name: "Domeneshop", domains: ["domeneshop.no"], aliases: ["domeneshop"] },
  { name: "nazwa.pl", domains: ["nazwa.pl"], aliases: ["nazwa.pl"] },
  { name: "cyber_Folks", domains: ["cyberfolks.pl"], aliases: ["cyberfolks", "cyber_folks"] },
  { name: "WEDOS", domains: ["wedos.cz", "wedos.com"], aliases: ["wedos"] },
  { name: "Forpsi", domains: ["forpsi.com", "forpsi.cz"], aliases: ["forpsi"] },
  { name: "Active24", domains: ["active24.cz", "active24.com"], aliases: ["active24"] },
  { name: "Combell", domains: ["combell.com", "combell.be"], aliases: ["combell"] },
  { name: "Infomaniak", domains: ["infomaniak.com", "infomaniak.ch"], aliases: ["infomaniak"] },
  { name: "Hostpoint", domains: ["hostpoint.ch"], aliases: ["hostpoint"] },
  { name: "Hetzner", domains: ["hetzner.com", "hetzner.de"], aliases: ["hetzner"] },
  { name: "Hostinger", domains: ["hostinger.com"], aliases: ["hostinger"] },
  { name: "SiteGround", domains: ["siteground.com"], aliases: ["siteground"] },
  { name: "Microsec", domains: ["microsec.hu", "e-szigno.hu"], aliases: ["microsec", "e-szigno"] },
  { name: "Disig", domains: ["disig.sk"], aliases: ["disig"] },
  // Reseller shops named after a CA's brand: known senders, never look-alikes.
  ...RESELLERS,
];

const BY_DOMAIN = new Map<string, Vendor>();
for (const vendor of VENDORS) for (const domain of vendor.domains) BY_DOMAIN.set(domain, vendor);

/** The vendor that really sends from this registrable domain, or undefined. */
export function vendorByDomain(domain: string | null): Vendor | undefined {
  return domain ? BY_DOMAIN.get(domain.toLowerCase()) : undefined;
}

/** The vendor a display name or short text names, or undefined. */
export function vendorNamedIn(text: string): Vendor | undefined {
  const lower = text.toLowerCase();
  return VENDORS.find((vendor) => vendor.aliases.some((alias) => lower.includes(alias)));
}

const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, "");
const FAMILY = new Map<string, string>();
for (const vendor of VENDORS) {
  for (const name of [vendor.name, ...vendor.aliases]) FAMILY.set(norm(name), vendor.family ?? vendor.name);
}

/**
 * Whether two vendor labels (an inventory's "thawte", a sender's "DigiCert") are the same
 * company: the same name, or brands of one family.
 */
export function sameVendor(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  if (norm(a) === norm(b)) return true;
  const family = FAMILY.get(norm(a));
  return family !== undefined && family === FAMILY.get(norm(b));
}
