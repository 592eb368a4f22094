import { CERTIFICATE_VENDORS } from "./certificate-vendors";
import { HOSTING_VENDORS } from "./hosting-vendors";
import { RESELLERS } from "./resellers";

/** A certificate vendor (CA, reseller or hoster): its names and the domains its mail really comes from. */
export interface Vendor {
  name: string;
  /** Registrable domains the vendor owns and sends from (their subdomains included). */
  domains: string[];
  /** Infrastructure domains its mail also comes from (a hoster's mail servers), never searched for look-alikes. */
  sending?: string[];
  /** Lower-case names as they appear in display names and text. */
  aliases: string[];
  /** Names of other companies that contain an alias ("Aruba Networks" is not Aruba S.p.A.). */
  notNames?: string[];
  /** The company behind several brands (DigiCert sells thawte, GeoTrust, RapidSSL). */
  family?: string;
  /** False for a name that is a common word ("register"): its look-alikes would be strangers. */
  lookAlike?: false;
  /** Where customers write to the vendor (replies go here, never to a no-reply sender). */
  supportAddress?: string;
}

/** The vendor registry, as data. Resellers and hosters count as vendors: they send billing mail too. */
export const VENDORS: readonly Vendor[] = [
  ...CERTIFICATE_VENDORS,
  ...HOSTING_VENDORS,
  // Reseller shops named after a CA's brand: known senders, never look-alikes.
  ...RESELLERS,
];

const BY_DOMAIN = new Map<string, Vendor>();
for (const vendor of VENDORS)
  for (const domain of [...vendor.domains, ...(vendor.sending ?? [])])
    if (!BY_DOMAIN.has(domain)) BY_DOMAIN.set(domain, vendor);

/** The vendor that really sends from this registrable domain (its own or a sending domain), or undefined. */
export function vendorByDomain(domain: string | null): Vendor | undefined {
  return domain ? BY_DOMAIN.get(domain.toLowerCase()) : undefined;
}

/** Whether `domain` (registrable) is one `vendor` sends from. */
export function sendsFrom(vendor: Vendor, domain: string | null): boolean {
  if (!domain) return false;
  const lower = domain.toLowerCase();
  return vendor.domains.includes(lower) || (vendor.sending ?? []).includes(lower);
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
