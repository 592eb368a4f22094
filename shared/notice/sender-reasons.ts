import type { Mailbox } from "../mime/types";
import type { Reason } from "./types";
import { sendsFrom, type Vendor } from "./vendors";
import { vendorNamedIn } from "./vendor-names";

// Mailbox providers anyone can sign up with: no CA or reseller sends its notices from them.
const FREEMAIL = new Set([
  "gmail.com",
  "googlemail.com",
  "outlook.com",
  "hotmail.com",
  "live.com",
  "msn.com",
  "yahoo.com",
  "ymail.com",
  "aol.com",
  "icloud.com",
  "me.com",
  "gmx.com",
  "gmx.de",
  "gmx.net",
  "web.de",
  "t-online.de",
  "mail.ru",
  "yandex.ru",
  "yandex.com",
  "proton.me",
  "protonmail.com",
  "zoho.com",
  "orange.fr",
  "free.fr",
  "laposte.net",
  "libero.it",
  "virgilio.it",
  "terra.com.br",
  "uol.com.br",
  "sapo.pt",
  "ziggo.nl",
  "kpnmail.nl",
  "mail.com",
  "qq.com",
  "163.com",
]);

/** What the From header says about who it pretends to be. */
export interface ImpersonationInput {
  from: Mailbox | null;
  /** Registrable From domain. */
  domain: string | null;
  /** The vendor that owns the From domain, if any. */
  known: Vendor | undefined;
  /** The vendor the display name names, if any. */
  named: Vendor | undefined;
  /** Whether the domain is already reported as a look-alike (one reason is enough). */
  lookAlike: boolean;
}

/**
 * The vendor a display name borrows: it names a vendor while the From domain is neither that
 * vendor's nor one it sends from. A vendor writing under its own domain may name others (a
 * reseller names the CA it resells; a hoster the CA of its certificates): that is no disguise.
 */
export function impersonated(input: ImpersonationInput): Vendor | null {
  const { named, domain, known, lookAlike } = input;
  if (!named || !domain || known || lookAlike || sendsFrom(named, domain)) return null;
  return named;
}

/** Reasons the From header is a disguise: a vendor's name on a stranger's domain or on a public mailbox. */
export function impersonationReasons(input: ImpersonationInput): Reason[] {
  const { from, domain } = input;
  const vendor = impersonated(input);
  if (vendor && domain && FREEMAIL.has(domain)) {
    return [
      {
        code: "vendor-name-on-freemail",
        message: `The sender calls itself "${from?.name}" but writes from ${domain}, a public mailbox provider; ${vendor.name} sends from ${vendor.domains[0]}.`,
        facts: { fromDomain: domain, vendor: vendor.name },
      },
    ];
  }
  if (vendor) {
    return [
      {
        code: "impersonation",
        message: `The sender calls itself "${from?.name}" but writes from ${domain}, which is not ${vendor.name}'s; ${vendor.name} sends from ${vendor.domains[0]}.`,
        facts: {
          fromDomain: domain,
          displayName: from?.name ?? "",
          vendor: vendor.name,
          vendorDomain: vendor.domains[0],
        },
      },
    ];
  }
  // A vendor's name in a public mailbox's address (digicert.billing@gmail.com) is a disguise too.
  const local = from?.address.slice(0, Math.max(0, from.address.lastIndexOf("@"))) ?? "";
  const onFreemail =
    !input.known && !input.lookAlike && domain !== null && FREEMAIL.has(domain)
      ? vendorNamedIn(local.replace(/[._-]+/g, " "))
      : undefined;
  if (!onFreemail) return [];
  return [
    {
      code: "vendor-name-on-freemail",
      message: `The sender calls itself ${onFreemail.name} but writes from ${domain}, a public mailbox provider; ${onFreemail.name} sends from ${onFreemail.domains[0]}.`,
      facts: { fromDomain: domain, vendor: onFreemail.name },
    },
  ];
}
