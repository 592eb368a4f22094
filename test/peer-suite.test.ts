import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseCrls } from "../worker/src/revocation/crl";
import { parseCertificate } from "../shared/x509/parse-certificate";
import { base64ToBytes, CERTIFICATE_LABELS, findPemBlocks } from "../shared/x509/pem";
import { mapBounded, opensslCertificate, opensslCrl, type OpensslView } from "./peer-suite/openssl-oracle";

// Every X.509 certificate and CRL of Debian's python3-cryptography-vectors (pyca's real-world
// and PKITS conformance files), read by Certitude and by `openssl x509` / `openssl crl`. The
// files are read where the package installed them; none is copied into this repository.
const PACKAGE = "python3-cryptography-vectors";
const CANDIDATE_FILE = /\.(pem|der|crt|cer|crl)$/i;
const DER_CRL_FILE = /\.crl$|\/crl_[^/]*\.der$/i;
const SKIPPED_FOLDERS = /\/(requests|ocsp|pkcs12|smime|certpairs)\//; // CSRs, OCSP, PKCS#12, S/MIME, cross pairs

type Outcome = { file: string; result: "agree" | "refused" | "disagree"; note: string };
type Kind = "certificate" | "crl" | "other";

/** PEM files say what they hold; DER CRLs are named so (`.crl`, `crl_*.der`). Keys and the like are "other". */
function kindOf(file: string): Kind {
  const text = new TextDecoder("latin1").decode(readFileSync(file));
  if (!text.includes("-----BEGIN")) return DER_CRL_FILE.test(file) ? "crl" : "certificate";
  if (text.includes("-----BEGIN X509 CRL-----")) return "crl";
  return /-----BEGIN (X509 |TRUSTED )?CERTIFICATE-----/.test(text) ? "certificate" : "other";
}

function vectorFiles(): string[] {
  let listed: string[];
  try {
    listed = execFileSync("dpkg", ["-L", PACKAGE], { encoding: "utf8" }).split("\n");
  } catch {
    listed = [];
  }
  const files = listed.filter(
    (f) => f.includes("/x509/") && !SKIPPED_FOLDERS.test(f) && CANDIDATE_FILE.test(f) && existsSync(f),
  );
  if (files.length === 0) {
    throw new Error(
      `The peer suite needs Debian's ${PACKAGE}: install it with \`apt-get install ${PACKAGE}\` (CI's .ci/run does).`,
    );
  }
  return files.sort();
}

function differences(ours: OpensslView, theirs: OpensslView): string[] {
  const diffs: string[] = [];
  for (const key of [
    "serial",
    "notBefore",
    "notAfter",
    "fingerprint",
    "commonNames",
    "dnsNames",
    "ipAddresses",
  ] as const) {
    if (theirs[key] === undefined) continue;
    if (JSON.stringify(ours[key]) !== JSON.stringify(theirs[key]))
      diffs.push(`${key}: ours ${JSON.stringify(ours[key])}, openssl ${JSON.stringify(theirs[key])}`);
  }
  return diffs;
}

/** Our refusal is intended when openssl cannot read the file, or the time we refused, either. */
function judgeRefusal(file: string, reason: string, theirs: OpensslView): Outcome {
  const field = /The (notBefore|notAfter) time/.exec(reason)?.[1];
  const opensslCannot =
    theirs.error !== undefined || (theirs.badTime !== undefined && (!field || field === theirs.badTime));
  return {
    file,
    result: opensslCannot ? "refused" : "disagree",
    note: `${reason}${opensslCannot ? "" : " (openssl reads it)"}`,
  };
}

async function compareCertificate(file: string): Promise<Outcome> {
  const bytes = new Uint8Array(readFileSync(file));
  const pem = new TextDecoder("latin1").decode(bytes).includes("-----BEGIN");
  const theirs = await opensslCertificate(file, !pem);
  try {
    const block = pem
      ? findPemBlocks(new TextDecoder().decode(bytes)).find((b) => CERTIFICATE_LABELS.includes(b.label))
      : undefined;
    if (pem && !block) throw new Error("no CERTIFICATE block");
    const cert = await parseCertificate(block ? base64ToBytes(block.base64) : bytes);
    if (theirs.error) return { file, result: "disagree", note: `read by us, openssl: ${theirs.error}` };
    const ours = { ...cert, dnsNames: cert.sans, fingerprint: cert.fingerprintSha256, serial: cert.serialNumber };
    const diffs = differences(ours, theirs);
    return { file, result: diffs.length ? "disagree" : "agree", note: diffs.join("; ") };
  } catch (error) {
    return judgeRefusal(file, (error as Error).message, theirs);
  }
}

async function compareCrl(file: string): Promise<Outcome> {
  const bytes = new Uint8Array(readFileSync(file));
  const pem = new TextDecoder("latin1").decode(bytes).includes("-----BEGIN");
  const theirs = await opensslCrl(file, !pem);
  const [crl] = parseCrls(bytes);
  if (!crl) return judgeRefusal(file, "not read as a CRL", theirs);
  if (theirs.error) return { file, result: "disagree", note: `read by us, openssl: ${theirs.error}` };
  const ours = {
    notBefore: crl.thisUpdate.toISOString(),
    notAfter: crl.nextUpdate?.toISOString() ?? null,
    fingerprint: createHash("sha256").update(crl.der).digest("hex").toUpperCase(),
  };
  const diffs = differences(ours, theirs);
  return { file, result: diffs.length ? "disagree" : "agree", note: diffs.join("; ") };
}

describe(`peer suite: ${PACKAGE} read by Certitude and by openssl`, () => {
  it("agrees with openssl on every certificate and CRL, or refuses one openssl cannot read either", {
    timeout: 180_000,
  }, async () => {
    const kinds = vectorFiles().map((file) => ({ file, kind: kindOf(file) }));
    const files = kinds.filter((k) => k.kind !== "other");
    const outcomes = await mapBounded(files, 4, ({ file, kind }) =>
      kind === "crl" ? compareCrl(file) : compareCertificate(file),
    );
    const count = (result: Outcome["result"]) => outcomes.filter((o) => o.result === result).length;
    const crls = files.filter((f) => f.kind === "crl").length;
    console.log(
      `peer suite: tried ${outcomes.length} (${outcomes.length - crls} certificates, ${crls} CRLs; ${kinds.length - files.length} key files skipped), ` +
        `agreeing ${count("agree")}, refused on purpose ${count("refused")}, disagreeing ${count("disagree")}`,
    );
    for (const o of outcomes.filter((o) => o.result === "refused"))
      console.log(`  refused on purpose: ${o.file.split("/x509/")[1]}: ${o.note}`);
    const disagreements = outcomes
      .filter((o) => o.result === "disagree")
      .map((o) => `${o.file.split("/x509/")[1]}: ${o.note}`);
    expect(disagreements).toEqual([]);
  });
});
