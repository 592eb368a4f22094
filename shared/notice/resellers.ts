import type { Vendor } from "./vendors";

/**
 * Known reseller shops whose own domain carries a CA's brand ("comodosslstore.com",
 * "sectigostore.com"): real senders, not look-alikes. An allow-list as data: a shop is added
 * here only under the domains it really sends from.
 */
export const RESELLERS: readonly Vendor[] = [
  { name: "ComodoSSLStore", domains: ["comodosslstore.com"], aliases: ["comodosslstore"], family: "Sectigo" },
  { name: "SectigoStore", domains: ["sectigostore.com"], aliases: ["sectigostore"], family: "Sectigo" },
  { name: "InstantSSL", domains: ["instantssl.com"], aliases: ["instantssl"], family: "Sectigo" },
  { name: "RapidSSLonline", domains: ["rapidsslonline.com"], aliases: ["rapidsslonline"], family: "DigiCert" },
  { name: "GeoCerts", domains: ["geocerts.com"], aliases: ["geocerts"] },
  { name: "SSL2BUY", domains: ["ssl2buy.com"], aliases: ["ssl2buy"] },
  { name: "SSL Dragon", domains: ["ssldragon.com"], aliases: ["ssl dragon", "ssldragon"] },
  { name: "LeaderSSL", domains: ["leaderssl.com"], aliases: ["leaderssl"] },
  { name: "ClickSSL", domains: ["clickssl.com"], aliases: ["clickssl"] },
];
