/**
 * An iPAddress SAN's bytes as text: IPv4 dotted, IPv6 as RFC 5952 writes it (lower case, the
 * longest run of zero groups as `::`). Other lengths (a name constraint's address and mask) as hex.
 * @example formatIpAddress(Uint8Array.of(192, 0, 2, 10)) // "192.0.2.10"
 */
export function formatIpAddress(bytes: Uint8Array): string {
  if (bytes.length === 4) return [...bytes].join(".");
  if (bytes.length !== 16) return [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
  const groups: number[] = [];
  for (let i = 0; i < 16; i += 2) groups.push(bytes[i] * 256 + bytes[i + 1]);
  return compressIpv6(groups);
}

function compressIpv6(groups: number[]): string {
  let best = { at: -1, length: 0 };
  for (let i = 0; i < groups.length; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < groups.length && groups[j] === 0) j++;
    if (j - i > best.length && j - i > 1) best = { at: i, length: j - i };
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (best.at < 0) return hex.join(":");
  return `${hex.slice(0, best.at).join(":")}::${hex.slice(best.at + best.length).join(":")}`;
}

/**
 * An IP address in one canonical text form, or null when the text is not one: IPv6 compressed
 * and lower case (`2001:DB8:0:0::10` → `2001:db8::10`), IPv4 without leading zeros.
 */
export function canonicalIpAddress(text: string): string | null {
  const trimmed = text.trim().replace(/^\[|\]$/g, "");
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(trimmed)) {
    const parts = trimmed.split(".").map(Number);
    return parts.every((p) => p <= 255) ? parts.join(".") : null;
  }
  if (!/^[0-9a-f:]+$/i.test(trimmed) || !trimmed.includes(":")) return null;
  const halves = trimmed.split("::");
  if (halves.length > 2) return null;
  const head = halves[0] ? halves[0].split(":") : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(":") : [];
  const missing = 8 - head.length - tail.length;
  if ((halves.length === 1 && missing !== 0) || (halves.length === 2 && missing < 1)) return null;
  const groups = [...head, ...Array(halves.length === 2 ? missing : 0).fill("0"), ...tail];
  if (groups.some((g) => !/^[0-9a-f]{1,4}$/i.test(g))) return null;
  return compressIpv6(groups.map((g) => parseInt(g, 16)));
}
