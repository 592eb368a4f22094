import "reflect-metadata";
import { X509Certificate } from "@peculiar/x509";
import { dropCachedCrl } from "../db/crl-cache";
import type { OutboundLimits } from "../outbound/bounded-fetch";
import { chooseCrl, crlUrlsOf, judgeCrl } from "./crl";
import { loadCrl } from "./crl-source";
import { applyDeltaCrl } from "./delta";
import { accessUrlsOf, findIssuer } from "./issuer";
import { checkOcsp } from "./ocsp";
import { humanDate, type RevocationVerdict } from "./verdict";

/** What the check needs to know about a certificate (a stored record or an upload). */
export interface RevocationTarget {
  serialNumber: string | null;
  notAfter: string;
  pem?: string | null;
  chainPem?: string | null;
  crlUrls?: string[];
  ocspUrls?: string[];
}

export interface RevocationCheckOptions {
  db: D1Database;
  now: Date;
  outbound: OutboundLimits;
  maxCrlBytes: number;
}

/**
 * Asks the CA whether a certificate is revoked: CRLs first (cached until nextUpdate, signature
 * checked against the issuer when it is known), OCSP only when no CRL gave a usable answer.
 * Always returns a verdict; `unknown` carries the reasons in `detail`.
 */
export async function checkRevocation(
  target: RevocationTarget,
  options: RevocationCheckOptions,
): Promise<RevocationVerdict> {
  const { now } = options;
  const notAfter = new Date(target.notAfter);
  if (notAfter < now) {
    return {
      status: "unknown",
      source: "crl",
      detail:
        `The certificate expired on ${humanDate(notAfter)}. CAs drop expired certificates from their CRLs, ` +
        "so no revocation status is published any more — the certificate simply expired.",
    };
  }
  const certificate = parsePem(target.pem);
  const serialNumber = certificate?.serialNumber ?? target.serialNumber;
  if (!serialNumber) {
    return {
      status: "unknown",
      source: "crl",
      detail: "The certificate's serial number is unknown: upload its PEM to check revocation.",
    };
  }
  const crlUrls = certificate ? crlUrlsOf(certificate) : (target.crlUrls ?? []);
  const ocspUrls = certificate ? accessUrlsOf(certificate, "ocsp") : (target.ocspUrls ?? []);
  const lookup = certificate ? await findIssuer(certificate, target.chainPem, options.outbound) : null;
  const issuer = lookup?.issuer ?? null;

  const problems: string[] = [];
  const limits = { ...options.outbound, maxBytes: options.maxCrlBytes };
  const issuerName = certificate ? new Uint8Array(certificate.issuerName.toArrayBuffer()) : null;
  for (const url of crlUrls) {
    const loaded = await loadCrl(options.db, url, limits, now);
    if (!loaded.ok) {
      problems.push(loaded.detail);
      continue;
    }
    const crl = chooseCrl(loaded.crls, issuerName)!;
    const judged = await judgeCrl({ crl, url, serialNumber, issuer, now });
    if (judged.usable) {
      if (!crl.freshestCrlUrls.length) return judged.verdict;
      return applyDeltaCrl(crl, judged.verdict, { db: options.db, limits, now, serialNumber, issuer });
    }
    // An untrusted CRL (bad signature, other issuer) must not answer again from the cache.
    await dropCachedCrl(options.db, url);
    problems.push(judged.verdict.detail);
  }

  if (ocspUrls.length > 0 && certificate && issuer) {
    const verdict = await checkOcsp({ url: ocspUrls[0], certificate, issuer, now, outbound: options.outbound });
    if (problems.length === 0 || verdict.status !== "unknown") return verdict;
    return { ...verdict, detail: [...problems, verdict.detail].join(" ") };
  }
  if (ocspUrls.length > 0 && !issuer)
    problems.push(`OCSP was not tried: ${lookup?.note ?? "the certificate's PEM is not stored"}.`);
  if (crlUrls.length === 0 && ocspUrls.length === 0) {
    problems.push(
      certificate
        ? "The certificate names no CRL distribution point and no OCSP responder."
        : "No CRL or OCSP URL is known: upload the certificate's PEM.",
    );
  }
  return { status: "unknown", source: "crl", url: crlUrls[0], detail: problems.join(" ") };
}

function parsePem(pem: string | null | undefined): X509Certificate | null {
  if (!pem) return null;
  try {
    return new X509Certificate(pem);
  } catch {
    return null;
  }
}
