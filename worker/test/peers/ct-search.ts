import "reflect-metadata";
import { SubjectAlternativeNameExtension, type X509Certificate } from "@peculiar/x509";
import { CT_POISON_OID } from "./test-ca";

interface LogEntry {
  id: number;
  certificate: X509Certificate;
  loggedAt: Date;
  /** SHA-256 of the certificate's DER, hex, as Cert Spotter lists it. */
  sha256: Promise<string>;
}

/**
 * A CT search service over certificates "logged" by tests: answers crt.sh's JSON API
 * (`/?q=…&output=json`, `/?d=<id>`) and Cert Spotter's `/v1/issuances`, from the real
 * certificates and precertificates it was given.
 */
export class CtSearchPeer {
  private entries: LogEntry[] = [];
  private nextId = 5_000_000;
  /** Requests seen, for tests about how often the service is asked. */
  requests: string[] = [];

  log(...certificates: X509Certificate[]): number[] {
    return certificates.map((certificate) => {
      const id = this.nextId++;
      const sha256 = crypto.subtle
        .digest("SHA-256", certificate.rawData)
        .then((d) => [...new Uint8Array(d)].map((b) => b.toString(16).padStart(2, "0")).join(""));
      this.entries.push({ id, certificate, loggedAt: new Date(certificate.notBefore.getTime() + 60_000), sha256 });
      return id;
    });
  }

  /** Certificates handed out in place of the logged one, while searches still list the logged one. */
  private substitutes = new Map<number, X509Certificate>();

  /** From now on, hands out `other` whenever the certificate of entry `id` is asked for (a lying or broken service). */
  substitute(id: number, other: X509Certificate): void {
    this.substitutes.set(id, other);
  }

  private handedOut(entry: LogEntry): X509Certificate {
    return this.substitutes.get(entry.id) ?? entry.certificate;
  }

  /** The handler to route the Worker's fetches for crt.sh (or Cert Spotter) to. */
  readonly handle = (request: Request): Response | Promise<Response> => {
    const url = new URL(request.url);
    this.requests.push(url.pathname + url.search);
    if (url.pathname === "/v1/issuances") return this.certSpotter(url);
    const download = url.searchParams.get("d");
    if (download) {
      const entry = this.entries.find((e) => e.id === Number(download));
      return entry
        ? new Response(this.handedOut(entry).toString("pem"), { headers: { "content-type": "application/pkix-cert" } })
        : new Response("not found", { status: 404 });
    }
    const q = url.searchParams.get("q");
    if (!q || url.searchParams.get("output") !== "json")
      return new Response("<html>crt.sh</html>", { headers: { "content-type": "text/html" } });
    const excludeExpired = url.searchParams.get("exclude") === "expired";
    const matches = this.entries.filter(
      (e) =>
        namesOf(e.certificate).some((name) => matchesQuery(name, q)) &&
        (!excludeExpired || e.certificate.notAfter > new Date()),
    );
    return Response.json(
      matches.map((e) => ({
        issuer_ca_id: 1,
        issuer_name: e.certificate.issuer,
        common_name: e.certificate.subjectName.getField("CN")[0] ?? null,
        name_value: namesOf(e.certificate).join("\n"),
        id: e.id,
        entry_timestamp: crtShTime(e.loggedAt),
        not_before: crtShTime(e.certificate.notBefore),
        not_after: crtShTime(e.certificate.notAfter),
        serial_number: e.certificate.serialNumber.toLowerCase(),
        result_count: namesOf(e.certificate).length,
      })),
    );
  };

  private async certSpotter(url: URL): Promise<Response> {
    const domain = url.searchParams.get("domain") ?? "";
    const subdomains = url.searchParams.get("include_subdomains") === "true";
    const after = url.searchParams.get("after");
    const issuances = new Map<string, LogEntry[]>();
    for (const entry of this.entries) {
      const names = namesOf(entry.certificate);
      if (!names.some((n) => n === domain || (subdomains && n.endsWith(`.${domain}`)))) continue;
      if (entry.certificate.notAfter <= new Date()) continue;
      const key = `${entry.certificate.issuer}|${entry.certificate.serialNumber}`;
      issuances.set(key, [...(issuances.get(key) ?? []), entry]);
    }
    const all = await Promise.all(
      [...issuances.values()].map(async (group) => {
        const final = group.find((e) => !isPrecert(e.certificate));
        const shown = final ?? group[0];
        return {
          id: String(group[0].id),
          tbs_sha256: "00",
          dns_names: namesOf(shown.certificate),
          pubkey_sha256: "00",
          issuer: { name: shown.certificate.issuer, friendly_name: "Test CA" },
          not_before: shown.certificate.notBefore.toISOString(),
          not_after: shown.certificate.notAfter.toISOString(),
          revoked: false,
          cert: {
            type: final ? "cert" : "precert",
            sha256: await shown.sha256,
            data: this.handedOut(shown).toString("base64"),
          },
        };
      }),
    );
    const start = after ? all.findIndex((i) => i.id === after) + 1 : 0;
    return Response.json(all.slice(start, start + 2));
  }
}

function namesOf(certificate: X509Certificate): string[] {
  const san = certificate.getExtension(SubjectAlternativeNameExtension);
  return san?.names.items.filter((n) => n.type === "dns").map((n) => n.value) ?? [];
}

function isPrecert(certificate: X509Certificate): boolean {
  return certificate.extensions.some((e) => e.type === CT_POISON_OID);
}

/** crt.sh's identity search: `%` is a wildcard, everything else matches as written. */
function matchesQuery(name: string, q: string): boolean {
  if (q.startsWith("%.")) return name.endsWith(q.slice(1));
  return name === q;
}

/** crt.sh writes UTC times without a zone. */
function crtShTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "");
}
