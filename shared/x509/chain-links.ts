import type { ParsedCertificate } from "./parse-certificate";

type Linkable = Pick<ParsedCertificate, "subjectKey" | "issuerKey" | "subjectKeyId" | "authorityKeyId">;

/**
 * Whether `parent` issued `child`: the child's issuer name equals the parent's subject as RFC 5280
 * compares names (not byte for byte), and when both carry key identifiers (AKI/SKI) they agree.
 * A certificate does not count as issuing itself.
 */
export function issued(parent: Linkable, child: Linkable): boolean {
  if (parent === child || parent.subjectKey !== child.issuerKey) return false;
  return !parent.subjectKeyId || !child.authorityKeyId || parent.subjectKeyId === child.authorityKeyId;
}

/** The issuers of `cert` found among `others`, nearest first, stopping at a self-signed one or a loop. */
export function chainOf(cert: ParsedCertificate, others: readonly ParsedCertificate[]): ParsedCertificate[] {
  const chain: ParsedCertificate[] = [];
  let current = cert;
  while (!current.selfSigned) {
    const issuer = others.find((o) => o !== cert && !chain.includes(o) && issued(o, current));
    if (!issuer) break;
    chain.push(issuer);
    current = issuer;
  }
  return chain;
}

/**
 * The owned (end-entity) certificates of an upload. A lone certificate is owned whatever its
 * basicConstraints (OpenSSL's default self-signed certificate says cA:TRUE). In a bundle, owned
 * are those that issued no other certificate of it, except a CA that is linked to the others
 * (an intermediate uploaded without what it issued); a self-signed CA standing alone is owned.
 */
export function ownedCertificates(all: readonly ParsedCertificate[]): ParsedCertificate[] {
  if (all.length === 1) return [...all];
  return all.filter((cert) => {
    if (all.some((other) => issued(cert, other))) return false;
    if (cert.basicConstraintsCA !== true) return true;
    return cert.selfSigned && !all.some((other) => issued(other, cert));
  });
}
