import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { canonicalIpAddress } from "../../shared/x509/ip-address";

const run = promisify(execFile);

/** What `openssl x509` or `openssl crl` says about a file; `error` when it cannot read it. */
export interface OpensslView {
  error?: string;
  /** A time field openssl printed as "Bad time value". */
  badTime?: "notBefore" | "notAfter";
  serial?: string;
  notBefore?: string | null;
  notAfter?: string | null;
  fingerprint?: string;
  commonNames?: string[];
  dnsNames?: string[];
  ipAddresses?: string[];
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** `Jan  1 00:00:00 2025 GMT` → ISO; null for "Bad time value" (openssl could not read it). */
export function opensslDate(text: string): string | null {
  const m = /^(\w{3}) +(\d+) (\d\d):(\d\d):(\d\d)(?:\.\d+)? (\d+) GMT$/.exec(text.trim());
  if (!m) return null;
  const date = new Date(0);
  date.setUTCFullYear(Number(m[6]), MONTHS.indexOf(m[1]), Number(m[2]));
  date.setUTCHours(Number(m[3]), Number(m[4]), Number(m[5]), 0);
  return date.toISOString();
}

/** Reads a certificate file with `openssl x509` (one call: the -ext output comes last, in argument order). */
export async function opensslCertificate(file: string, der: boolean): Promise<OpensslView> {
  const args = ["x509", "-in", file, "-inform", der ? "DER" : "PEM", "-noout", "-serial", "-startdate", "-enddate"];
  args.push("-fingerprint", "-sha256", "-subject", "-nameopt", "sep_multiline,sname,utf8", "-ext", "subjectAltName");
  let stdout: string;
  try {
    ({ stdout } = await run("openssl", args, { encoding: "utf8", maxBuffer: 16 * 1024 * 1024 }));
  } catch (error) {
    return { error: String((error as { stderr?: string }).stderr ?? error).split("\n")[0] };
  }
  const view: OpensslView = { commonNames: [], dnsNames: [], ipAddresses: [] };
  let inSan = false;
  for (const line of stdout.replace("No extensions in certificate", "\n").split("\n")) {
    if (line.endsWith("=Bad time value")) view.badTime = line.startsWith("notBefore") ? "notBefore" : "notAfter";
    if (line.startsWith("serial=")) view.serial = line.slice(7);
    else if (line.startsWith("notBefore=")) view.notBefore = opensslDate(line.slice(10));
    else if (line.startsWith("notAfter=")) view.notAfter = opensslDate(line.slice(9));
    else if (line.startsWith("sha256 Fingerprint=")) view.fingerprint = line.slice(19).replace(/:/g, "");
    else if (line.startsWith("    CN=") && !inSan) view.commonNames!.push(line.slice(7));
    else if (line.startsWith("X509v3 Subject Alternative Name")) inSan = true;
    else if (inSan && line.startsWith("    ")) {
      for (const entry of line.trim().split(", ")) {
        if (entry.startsWith("DNS:")) view.dnsNames!.push(entry.slice(4));
        if (entry.startsWith("IP Address:"))
          view.ipAddresses!.push(canonicalIpAddress(entry.slice(11)) ?? entry.slice(11));
      }
    }
  }
  return view;
}

/** Reads a CRL file with `openssl crl`: lastUpdate, nextUpdate, fingerprint. */
export async function opensslCrl(file: string, der: boolean): Promise<OpensslView> {
  const args = [
    "crl",
    "-in",
    file,
    "-inform",
    der ? "DER" : "PEM",
    "-noout",
    "-lastupdate",
    "-nextupdate",
    "-fingerprint",
    "-sha256",
  ];
  let stdout: string;
  try {
    ({ stdout } = await run("openssl", args, { encoding: "utf8" }));
  } catch (error) {
    return { error: String((error as { stderr?: string }).stderr ?? error).split("\n")[0] };
  }
  const view: OpensslView = { notAfter: null };
  for (const line of stdout.split("\n")) {
    if (line.endsWith("=Bad time value")) view.badTime = line.startsWith("lastUpdate") ? "notBefore" : "notAfter";
    if (line.startsWith("lastUpdate=")) view.notBefore = opensslDate(line.slice(11));
    else if (line.startsWith("nextUpdate="))
      view.notAfter = line.slice(11) === "NONE" ? null : opensslDate(line.slice(11));
    else if (/Fingerprint=/.test(line)) view.fingerprint = line.split("=")[1].replace(/:/g, "");
  }
  return view;
}

/** Runs `work` over `items` with at most `limit` at a time (two cores, other people's tests). */
export async function mapBounded<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
