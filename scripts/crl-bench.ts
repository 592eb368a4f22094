// Benchmark: what reading a CA's CRL costs the Worker, by CRL size.
//   npm run bench:crl [-- --entries 1000,20000,130000] [--rounds <n>]
// Builds RSA-signed CRLs (DER assembled with asn1js, as large as real CA CRLs), then times the
// steps of a revocation check on them: locating the fields (parseCrl), looking up a serial that
// is not listed (the common case) and the whole judgement with the signature check (judgeCrl).
// For comparison, a full ASN.1 parse (X509Crl) of the smaller ones. CPU time, like scripts/bench.ts.
import "reflect-metadata";
import * as x509 from "@peculiar/x509";
import * as asn1js from "asn1js";
import { judgeCrl, parseCrl } from "../worker/src/revocation/crl";
import { findRevokedEntry } from "../worker/src/revocation/crl-der";

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

const sizes = (option("--entries") ?? "1000,20000,130000").split(",").map(Number);
const rounds = Number(option("--rounds") ?? 5);
const rsa = {
  name: "RSASSA-PKCS1-v1_5",
  modulusLength: 2048,
  publicExponent: new Uint8Array([1, 0, 1]),
  hash: "SHA-256",
};
const keys = (await crypto.subtle.generateKey(rsa, true, ["sign", "verify"])) as CryptoKeyPair;
const issuer = await x509.X509CertificateGenerator.createSelfSigned({
  name: "CN=Bench CA",
  keys,
  signingAlgorithm: rsa,
});
const sha256WithRsa = () =>
  new asn1js.Sequence({ value: [new asn1js.ObjectIdentifier({ value: "1.2.840.113549.1.1.11" }), new asn1js.Null()] });

/** A signed CRL with `entries` revoked serials, each with a revocation date. */
async function buildCrl(entries: number): Promise<Uint8Array<ArrayBuffer>> {
  const now = new Date();
  const revoked = Array.from({ length: entries }, (_, i) => {
    const serial = new Uint8Array(16);
    new DataView(serial.buffer).setUint32(12, i + 1);
    serial[0] = 0x4a;
    return new asn1js.Sequence({
      value: [new asn1js.Integer({ valueHex: serial }), new asn1js.UTCTime({ valueDate: now })],
    });
  });
  const tbs = new asn1js.Sequence({
    value: [
      new asn1js.Integer({ value: 1 }),
      sha256WithRsa(),
      asn1js.fromBER(issuer.subjectName.toArrayBuffer()).result,
      new asn1js.UTCTime({ valueDate: now }),
      new asn1js.UTCTime({ valueDate: new Date(now.getTime() + 7 * 86_400_000) }),
      new asn1js.Sequence({ value: revoked }),
    ],
  });
  const tbsDer = tbs.toBER();
  const signature = await crypto.subtle.sign("RSASSA-PKCS1-v1_5", keys.privateKey, tbsDer);
  const crl = new asn1js.Sequence({ value: [tbs, sha256WithRsa(), new asn1js.BitString({ valueHex: signature })] });
  return new Uint8Array(crl.toBER());
}

function cpuMs<T>(run: () => T): [T, number] {
  const start = process.cpuUsage();
  const result = run();
  const used = process.cpuUsage(start);
  return [result, (used.user + used.system) / 1000];
}

async function cpuMsAsync(run: () => Promise<unknown>): Promise<number> {
  const start = process.cpuUsage();
  await run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (values: number[]) => `${median(values).toFixed(2)} ms`;
const rows: string[][] = [
  ["entries", "CRL size", "parseCrl", "lookup (not listed)", "judgeCrl (with signature)", "X509Crl full parse"],
];
for (const entries of sizes) {
  const der = await buildCrl(entries);
  const parse: number[] = [];
  const lookup: number[] = [];
  const judge: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const [parsed, parseMs] = cpuMs(() => parseCrl(der));
    if (!parsed) throw new Error(`a CRL of ${entries} entries did not parse`);
    parse.push(parseMs);
    lookup.push(cpuMs(() => findRevokedEntry(parsed, "7fffffff"))[1]);
    const verdict = { status: "" };
    judge.push(
      await cpuMsAsync(async () =>
        Object.assign(
          verdict,
          (await judgeCrl({ crl: parsed, url: "bench", serialNumber: "7fffffff", issuer, now: new Date() })).verdict,
        ),
      ),
    );
    if (verdict.status !== "good") throw new Error(`judgeCrl answered ${verdict.status} for an unlisted serial`);
  }
  // The full parse grows much faster than the CRL; it is only timed where it stays bearable.
  const full =
    entries <= 20_000
      ? `${cpuMs(() => new x509.X509Crl(der, { berOptions: { maxNodes: der.byteLength } }))[1].toFixed(0)} ms`
      : "-";
  rows.push([String(entries), `${(der.byteLength / 1_000_000).toFixed(2)} MB`, ms(parse), ms(lookup), ms(judge), full]);
}

const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
for (const row of rows) console.log(row.map((cell, c) => cell.padStart(widths[c])).join("  "));
console.log(`\nmedian CPU time of ${rounds} rounds; CRL_MAX_BYTES defaults to 5 MB.`);
