import type { Vendor } from "./vendors";

const tlds = (name: string, suffixes: string[]) => suffixes.map((suffix) => `${name}.${suffix}`);

/**
 * Hosting companies and registrars that sell certificates with their packages: their customers
 * get renewal and payment mail from them, and phishers borrow their names most of all
 * (`STRATO AG <service@kabriaa.me>`). `sending` lists the infrastructure domains their real mail
 * comes from; `lookAlike: false` keeps a name that is a common word out of the look-alike search.
 */
export const HOSTING_VENDORS: readonly Vendor[] = [
  {
    name: "GoDaddy",
    domains: [
      "godaddy.com",
      "secureserver.net",
      ...tlds("godaddy", ["de", "es", "fr", "it", "nl", "co.uk", "com.br", "in", "mx"]),
    ],
    aliases: ["godaddy", "go daddy"],
  },
  {
    name: "Namecheap",
    domains: ["namecheap.com", "namecheaphosting.com"],
    aliases: ["namecheap"],
    family: "Namecheap",
  },
  {
    name: "IONOS",
    domains: [
      ...tlds("ionos", ["com", "de", "es", "fr", "it", "co.uk", "mx", "ca", "at", "nl", "pl"]),
      "1und1.de",
      "1and1.com",
      "1and1.co.uk",
      "1and1.fr",
      "1and1.es",
      "1and1.mx",
    ],
    aliases: ["ionos", "1und1", "1and1"],
  },
  {
    name: "STRATO",
    domains: tlds("strato", ["de", "nl", "com", "es", "fr", "se", "it"]),
    sending: ["rzone.de"],
    aliases: ["strato"],
  },
  {
    name: "OVHcloud",
    domains: [
      "ovhcloud.com",
      "ovh.com",
      "ovh.net",
      ...tlds("ovh", [
        "de",
        "fr",
        "es",
        "it",
        "co.uk",
        "ie",
        "pl",
        "pt",
        "ca",
        "us",
        "nl",
        "cz",
        "lt",
        "sn",
        "ma",
        "tn",
      ]),
    ],
    aliases: ["ovhcloud", "ovh"],
  },
  {
    name: "Aruba",
    domains: ["aruba.it", "arubapec.it", "arubacloud.com", "arubabusiness.it"],
    aliases: ["aruba"],
    notNames: ["aruba networks", "hpe aruba", "aruba instant", "aruba central"],
  },
  {
    name: "ALL-INKL",
    domains: ["all-inkl.com", "all-inkl.de"],
    sending: ["kasserver.com"],
    aliases: ["all-inkl", "all inkl", "allinkl"],
  },
  {
    name: "HostGator",
    domains: ["hostgator.com", "hostgator.com.br", "hostgator.in", "hostgator.mx"],
    aliases: ["hostgator"],
    family: "Newfold",
  },
  { name: "Bluehost", domains: ["bluehost.com", "bluehost.in"], aliases: ["bluehost"], family: "Newfold" },
  {
    name: "Network Solutions",
    domains: ["networksolutions.com", "web.com"],
    aliases: ["network solutions", "networksolutions"],
    family: "Newfold",
  },
  { name: "Register.com", domains: ["register.com"], aliases: ["register.com"], family: "Newfold", lookAlike: false },
  {
    name: "Hetzner",
    domains: ["hetzner.com", "hetzner.de", "hetzner.cloud"],
    sending: ["your-server.de"],
    aliases: ["hetzner"],
  },
  { name: "Gandi", domains: ["gandi.net"], aliases: ["gandi"] },
  {
    name: "Hostinger",
    domains: tlds("hostinger", ["com", "de", "es", "fr", "it", "nl", "pt", "co.uk", "com.br", "in", "mx", "pl"]),
    aliases: ["hostinger"],
  },
  { name: "Infomaniak", domains: ["infomaniak.com", "infomaniak.ch"], aliases: ["infomaniak"] },
  { name: "SiteGround", domains: ["siteground.com"], aliases: ["siteground"] },
  { name: "Squarespace", domains: ["squarespace.com"], aliases: ["squarespace"] },
  { name: "Wix", domains: ["wix.com"], aliases: ["wix", "wix.com"] },
  { name: "Cloudflare", domains: ["cloudflare.com"], aliases: ["cloudflare"] },
  { name: "TransIP", domains: ["transip.nl", "transip.eu"], aliases: ["transip"] },
  { name: "Register.it", domains: ["register.it"], aliases: ["register.it"], lookAlike: false },
  // Across Europe (distinctive names only: a common word as a brand would make every host
  // containing it a look-alike).
  { name: "CheapSSLSecurity", domains: ["cheapsslsecurity.com"], aliases: ["cheapsslsecurity"] },
  { name: "Dinahosting", domains: ["dinahosting.com", "dinahosting.es"], aliases: ["dinahosting"] },
  { name: "Arsys", domains: ["arsys.es", "arsys.net"], aliases: ["arsys"] },
  {
    name: "AMEN",
    domains: ["amen.pt", "amen.fr", "amen.es", "amenworld.com"],
    aliases: ["amen.pt", "amen.fr", "amen portugal"],
  },
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
  { name: "Hostpoint", domains: ["hostpoint.ch"], aliases: ["hostpoint"] },
];
