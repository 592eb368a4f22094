/**
 * ACME servers of public CAs whose directories may publish `renewalInfo` (ACME Renewal
 * Information, RFC 9773), as data: one entry per CA, matched by the issuer's organization. The
 * directory itself says whether ARI is offered: without `renewalInfo` nothing is asked.
 */
export interface AriDirectory {
  id: string;
  name: string;
  /** The ACME directory URL. */
  directory: string;
  /** Issuer O= values of the CA's issuing intermediates (compared without case). */
  issuerOrganizations: string[];
  source: string;
}

export const ARI_DIRECTORIES: readonly AriDirectory[] = [
  {
    id: "letsencrypt",
    name: "Let's Encrypt",
    directory: "https://acme-v02.api.letsencrypt.org/directory",
    issuerOrganizations: ["Let's Encrypt"],
    source:
      "https://letsencrypt.org/docs/acme-protocol-updates/ (ARI in production since 2023; directory field renewalInfo)",
  },
  {
    id: "google",
    name: "Google Trust Services",
    directory: "https://dv.acme-v02.api.pki.goog/directory",
    issuerOrganizations: ["Google Trust Services", "Google Trust Services LLC"],
    source: "https://pki.goog/ (ACME directory https://dv.acme-v02.api.pki.goog/directory, field renewalInfo)",
  },
  {
    id: "zerossl",
    name: "ZeroSSL",
    directory: "https://acme.zerossl.com/v2/DV90",
    issuerOrganizations: ["ZeroSSL"],
    source: "https://zerossl.com/documentation/acme/ (ACME directory https://acme.zerossl.com/v2/DV90)",
  },
  {
    id: "sslcom",
    name: "SSL.com",
    directory: "https://acme.ssl.com/sslcom-dv-rsa",
    issuerOrganizations: ["SSL Corporation", "SSL Corp"],
    source:
      "https://www.ssl.com/guide/ssl-tls-certificate-issuance-and-revocation-with-acme/ (ACME directory https://acme.ssl.com/sslcom-dv-rsa)",
  },
];

/** The ACME server of a certificate's issuer, by its organization; null for CAs without one here. */
export function ariDirectoryFor(
  issuerO: string | null,
  directories: readonly AriDirectory[] = ARI_DIRECTORIES,
): AriDirectory | null {
  if (!issuerO) return null;
  const wanted = issuerO.trim().toLowerCase();
  return directories.find((d) => d.issuerOrganizations.some((o) => o.toLowerCase() === wanted)) ?? null;
}
