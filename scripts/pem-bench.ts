// Benchmark: what a hostile certificate upload or CRL costs, before and after the one-pass scan.
//   npm run bench:pem [-- --size <bytes>] [--skip-before]
// Each input is about 1 MB (the request body limit). "before" runs the regular expressions the
// PEM reader used until the scan replaced them (a lazy body with a back-reference, restarted at
// every BEGIN line); "after" runs the real entry points: parseCertificateUpload, as
// POST /api/certificates does, and parseCrl, as a revocation check does. CPU time of one run.
import "reflect-metadata";
import * as x509 from "@peculiar/x509";
import { parseCertificateUpload } from "../shared/x509/certificate-upload";
import { parseCrl } from "../worker/src/revocation/crl";

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

const size = Number(option("--size") ?? 1_000_000);
const skipBefore = process.argv.includes("--skip-before");
const fill = (unit: string) => unit.repeat(Math.max(1, Math.floor(size / unit.length)));

/** Nested SEQUENCE headers, each claiming the rest of the input: 1 MB of ever deeper DER. */
function nestedDer(): Uint8Array<ArrayBuffer> {
  const der = new Uint8Array(size);
  for (let offset = 0; offset + 6 <= size; offset += 6) {
    const length = size - offset - 6;
    der.set([0x30, 0x84, length >>> 24, (length >>> 16) & 0xff, (length >>> 8) & 0xff, length & 0xff], offset);
  }
  return der;
}

/** `count` distinct end-entity certificates (ECDSA P-256), as PEM. */
async function realCertificates(count: number): Promise<string[]> {
  const alg = { name: "ECDSA", namedCurve: "P-256", hash: "SHA-256" };
  const keys = (await crypto.subtle.generateKey(alg, true, ["sign", "verify"])) as CryptoKeyPair;
  const certs: string[] = [];
  for (let i = 0; i < count; i++) {
    const cert = await x509.X509CertificateGenerator.create({
      serialNumber: (i + 1).toString(16).padStart(4, "0"),
      subject: `CN=host-${i}.bench.example`,
      issuer: "CN=Bench CA",
      notBefore: new Date(),
      notAfter: new Date(Date.now() + 90 * 86_400_000),
      publicKey: keys.publicKey,
      signingKey: keys.privateKey,
      signingAlgorithm: alg,
    });
    certs.push(cert.toString("pem"));
  }
  return certs;
}

const real = await realCertificates(50);
const inputs: [string, string | Uint8Array<ArrayBuffer>][] = [
  ["BEGIN lines without END", fill("-----BEGIN A-----\n")],
  ["BEGIN CERTIFICATE lines without END", fill("-----BEGIN CERTIFICATE-----\n")],
  ["tiny CERTIFICATE blocks", fill("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n")],
  ["BEGIN with 64-character labels", fill(`-----BEGIN ${"A".repeat(64)}`)],
  ["nested DER SEQUENCEs", nestedDer()],
  ["one certificate pasted over and over", fill(`${real[0]}\n`)],
  ["51 distinct certificates (over the cap)", [...real, real[0].replace("MII", "MIJ")].join("\n")],
  ["50 distinct certificates (the most accepted)", real.join("\n")],
];

/** The PEM reading as it was: kept here only to measure the difference. */
function regexFindPemBlocks(text: string): number {
  const normalized = text.replace(/\r\n?/g, "\n");
  const blocks = [...normalized.matchAll(/-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/g)];
  const begins = [...normalized.matchAll(/-----BEGIN ([A-Z0-9 ]+)-----/g)].length;
  return begins - blocks.length;
}

async function cpuMs(run: () => unknown): Promise<string> {
  const start = process.cpuUsage();
  let outcome = "answered";
  try {
    await run();
  } catch (error) {
    outcome = error instanceof Error ? error.name : "error";
  }
  const used = process.cpuUsage(start);
  return `${((used.user + used.system) / 1000).toFixed(1)} ms (${outcome})`;
}

// Warm up so the JIT has compiled the scanners and the certificate parser before anything is
// timed, as in a Worker that has served a few requests.
for (let i = 0; i < 20; i++) {
  await parseCertificateUpload("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n").catch(() => undefined);
  await parseCertificateUpload(real[i % real.length]);
  parseCrl(new TextEncoder().encode("-----BEGIN X509 CRL-----\nMIIB\n-----END X509 CRL-----\n"));
}

const rows = [
  ["input", "bytes", "before: the old PEM regexes", "after: parseCertificateUpload (whole upload)", "after: parseCrl"],
];
for (const [name, input] of inputs) {
  const text = typeof input === "string" ? input : "";
  const bytes = typeof input === "string" ? new TextEncoder().encode(input) : input;
  const before = skipBefore || !text ? "-" : await cpuMs(() => regexFindPemBlocks(text));
  const upload = await cpuMs(() => parseCertificateUpload(input));
  // parseCrl reads PEM only when the text starts like a CRL: give it one.
  const crl = await cpuMs(() =>
    parseCrl(
      text ? new TextEncoder().encode(text.replace(/^-----BEGIN [A-Z ]+-----/, "-----BEGIN X509 CRL-----")) : bytes,
    ),
  );
  rows.push([name, String(bytes.byteLength), before, upload, crl]);
}
const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
for (const row of rows) console.log(row.map((cell, c) => cell.padEnd(widths[c])).join("  "));
console.log("\nCPU time of one run per input; the target is under 50 ms for each input after.");
