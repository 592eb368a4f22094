import { describe, expect, it } from "vitest";
import type { CertificateRecord } from "../inventory";
import { findContradictions } from "./contradictions";
import type { Claim } from "./types";

// Free-text notes count as a revocation record only where they say a certificate was revoked.

const revoked: Claim = {
  type: "revoked",
  evidence: { phrase: "has been revoked", language: "en", ruleId: "revocation.revoked" },
};

function cert(notes: string): CertificateRecord {
  return {
    id: "c1",
    commonName: "intranet.example.org",
    sans: ["intranet.example.org"],
    orderNumbers: [],
    notBefore: "2025-04-10",
    notAfter: "2026-04-10",
    intent: "let-lapse",
    autoRenew: false,
    notes,
  };
}

const codes = (notes: string) =>
  findContradictions({ cert: cert(notes), kind: "revocation", claims: [revoked], sentOn: "2026-05-02" }).map(
    (r) => r.code,
  );

describe("revocation records in notes", () => {
  it.each([
    "Old intranet replaced by SharePoint Online; certificate left to expire.",
    "Service moved to the cloud and replaced; the certificate was reissued once for a new key.",
    "Never revoked; left to expire.",
    "Nunca foi revogado, apenas expirou.",
    "Wurde nie widerrufen.",
  ])("reads %j as no revocation", (notes) => {
    expect(codes(notes)).toEqual(["revoked-but-expired"]);
  });

  it.each([
    "The previous instance was revoked on 2026-04-30 after a key leak.",
    "Zertifikat am 30.04.2026 widerrufen (Schlüssel kompromittiert).",
    "Certificat révoqué le 30/04/2026 à notre demande.",
    "Certificado revocado el 30/04/2026 por compromiso de clave.",
    "Ingetrokken op 30-04-2026 na een sleutellek.",
    "Certificato revocato il 30/04/2026.",
    "Certificado revogado em 30/04/2026.",
  ])("reads %j as a recorded revocation", (notes) => {
    expect(codes(notes)).toEqual([]);
  });
});
