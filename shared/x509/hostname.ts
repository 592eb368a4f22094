/** Lower-cases a DNS name and strips a trailing dot, so names compare as the DNS does. */
export function normalizeHostname(name: string): string {
  return name.trim().toLowerCase().replace(/\.$/, "");
}

/**
 * Whether a certificate name (possibly a wildcard) covers a hostname, by RFC 6125 rules:
 * `*` stands for exactly one leftmost label, so `*.example.com` covers `a.example.com`
 * but neither `example.com` nor `a.b.example.com`.
 * @example hostnameMatches("*.example.com", "www.example.com") // true
 */
export function hostnameMatches(certName: string, hostname: string): boolean {
  const pattern = normalizeHostname(certName);
  const host = normalizeHostname(hostname);
  if (!pattern || !host) return false;
  if (pattern === host) return true;
  if (!pattern.startsWith("*.")) return false;
  const suffix = pattern.slice(1); // ".example.com"
  if (!host.endsWith(suffix)) return false;
  const label = host.slice(0, host.length - suffix.length);
  return label.length > 0 && !label.includes(".");
}

/** Whether any of a certificate's names (CN and SANs) covers the hostname. */
export function certificateCovers(names: readonly string[], hostname: string): boolean {
  return names.some((name) => hostnameMatches(name, hostname));
}
