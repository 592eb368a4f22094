// Benchmark: what reading a CA's CRL costs the Worker, by CRL size.
//   npm run bench:crl [-- --entries 1000,20000,100000] [--rounds <n>]
// Builds signed CRLs with X509CrlGenerator, then times the steps of a revocation check on them:
// locating the fields (parseCrl), looking up a serial that is not listed (the common case) and
// the whole judgement with the signature check (judgeCrl). For comparison, a full ASN.1 parse
// (X509Crl) of the smaller CRLs. CPU time per call, like scripts/bench.ts.
import "reflect-metadata";
import * as x509 from "@peculiar/x509";
import { judgeCrl, parseCrl } from "../worker/src/revocation/crl";
import { findRevokedEntry } from "../worker/src/revocation/crl-der";

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

const sizes = (option("--entries") ?? "1000,20000,100000").split(",").map(Number);
const rounds = Number(option("--rounds") ?? 5);
const signing = { name: "ECDSA", hash: "SHA-256" };
const keys = (await crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, ["sign", "verify"])) as CryptoKeyPair;
const issuer = await x509.X509CertificateGenerator.createSelfSigned({ name: "CN=Bench CA", keys, signingAlgorithm: signing });

function cpuMs<T>(run: () => T): [T, number] {
  const start = process.cpuUsage();
  const result = run();
  const used = process.cpuUsage(start);
  return [result, (used.user + used.system) / 1000];
}

async function cpuMsAsync<T>(run: () => Promise<T>): Promise<number> {
  const start = process.cpuUsage();
  await run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const rows: string[][] = [["entries", "CRL size", "parseCrl", "lookup (not listed)", "judgeCrl (with signature)", "X509Crl full parse"]];
for (const entries of sizes) {
  const crl = await x509.X509CrlGenerator.create({
    issuer: issuer.subject,
    thisUpdate: new Date(),
    nextUpdate: new Date(Date.now() + 7 * 86_400_000),
    signingAlgorithm: signing,
    signingKey: keys.privateKey,
    entries: Array.from({ length: entries }, (_, i) => ({ serialNumber: (0x10000000 + i).toString(16), revocationDate: new Date(), reason: 1 })),
  });
  const der = new Uint8Array(crl.rawData);
  const parse: number[] = [];
  const lookup: number[] = [];
  const judge: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const [parsed, parseMs] = cpuMs(() => parseCrl(der));
    if (!parsed) throw new Error(`a CRL of ${entries} entries did not parse`);
    parse.push(parseMs);
    lookup.push(cpuMs(() => findRevokedEntry(parsed, "7fffffff"))[1]);
    judge.push(await cpuMsAsync(() => judgeCrl({ crl: parsed, url: "bench", serialNumber: "7fffffff", issuer, now: new Date() })));
  }
  // The full parse grows much faster than the CRL; it is only timed where it stays bearable.
  const full = entries <= 20_000 ? `${cpuMs(() => new x509.X509Crl(der, { berOptions: { maxNodes: der.byteLength } }))[1].toFixed(0)} ms` : "-";
  const ms = (values: number[]) => `${median(values).toFixed(2)} ms`;
  rows.push([String(entries), `${(der.byteLength / 1_000_000).toFixed(2)} MB`, ms(parse), ms(lookup), ms(judge), full]);
}

const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
for (const row of rows) console.log(row.map((cell, c) => cell.padStart(widths[c])).join("  "));
console.log(`\nmedian CPU time of ${rounds} rounds; CRL_MAX_BYTES defaults to 5 MB.`);
