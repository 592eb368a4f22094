import { childrenOf, contentOf, decodeOid, decodeString, readTlv, STRING_TAGS, toHex } from "./der";

const STRING_TAG_SET = new Set<number>(Object.values(STRING_TAGS));

/**
 * A comparison key for a DER Name, so that two names are equal when RFC 5280 §7.1 says they
 * are: attribute values of string types compared after trimming, collapsing inner spaces and
 * case folding (whatever string type encodes them), the attributes of one RDN in any order.
 * Non-string values compare by their bytes. A Name that does not parse keys by its bytes.
 * @example nameKey(der("CN=Example  CA")) === nameKey(der("cn=example ca")) // true
 */
export function nameKey(der: Uint8Array): string {
  const outer = readTlv(der, 0);
  const rdns = outer?.tag === 0x30 ? childrenOf(der, outer) : null;
  if (!rdns) return `bytes:${toHex(der)}`;
  const parts: string[][] = [];
  for (const rdn of rdns) {
    const avas = rdn.tag === 0x31 ? childrenOf(der, rdn) : null;
    if (!avas) return `bytes:${toHex(der)}`;
    const keys: string[] = [];
    for (const ava of avas) {
      const [type, value] = childrenOf(der, ava) ?? [];
      if (!type || !value || type.tag !== 0x06) return `bytes:${toHex(der)}`;
      keys.push(`${decodeOid(contentOf(der, type))}=${valueKey(value.tag, contentOf(der, value))}`);
    }
    parts.push(keys.sort());
  }
  return JSON.stringify(parts);
}

function valueKey(tag: number, content: Uint8Array): string {
  if (!STRING_TAG_SET.has(tag)) return `#${tag.toString(16)}:${toHex(content)}`;
  return decodeString(tag, content).normalize("NFKC").trim().replace(/\s+/g, " ").toLowerCase();
}
