import "reflect-metadata";
import * as x509 from "@peculiar/x509";
import { childrenOf, contentOf, decodeOid, decodeString, readTlv, toHex } from "./der";

/** A Name as people read it, with the attributes Certitude keeps apart. */
export interface NameText {
  /** `C=NL, O=Example BV, CN=www.example.com`. */
  text: string;
  commonNames: string[];
  organization: string | null;
}

const CN = "2.5.4.3";
const O = "2.5.4.10";

/** Formats a DER Name; attribute values come from the DER, so odd string types are not lost. */
export function formatName(der: Uint8Array<ArrayBuffer>): NameText {
  const values = attributes(der);
  const commonNames = values.filter(([oid]) => oid === CN).map(([, value]) => value);
  const organization = values.find(([oid]) => oid === O)?.[1] ?? null;
  let text: string;
  try {
    text = new x509.Name(der).toString();
  } catch {
    text = values.map(([oid, value]) => `${oid}=${value}`).join(", "); // a Name the library refuses
  }
  return { text, commonNames, organization };
}

function attributes(der: Uint8Array): [oid: string, value: string][] {
  const outer = readTlv(der, 0);
  const found: [string, string][] = [];
  for (const rdn of outer ? (childrenOf(der, outer) ?? []) : []) {
    for (const ava of childrenOf(der, rdn) ?? []) {
      const [type, value] = childrenOf(der, ava) ?? [];
      if (type?.tag !== 0x06 || !value) continue;
      const content = contentOf(der, value);
      const text = value.tag & 0x20 ? `#${toHex(der.subarray(value.offset, value.end))}` : decodeString(value.tag, content);
      found.push([decodeOid(contentOf(der, type)), text]);
    }
  }
  return found;
}
