import "reflect-metadata";
import * as x509 from "@peculiar/x509";
import { childrenOf, contentOf, decodeOid, decodeString, readTlv, STRING_TAGS, toHex } from "./der";
import { CertificateInputError } from "./pem";

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
      const oid = decodeOid(contentOf(der, type));
      if (value.tag === STRING_TAGS.utf8 && !isUtf8(content)) {
        throw new CertificateInputError(
          "malformed_certificate",
          `A name attribute (${oid === CN ? "CN" : oid}) is a UTF8String that is not valid UTF-8.`,
        );
      }
      const text =
        value.tag & 0x20 ? `#${toHex(der.subarray(value.offset, value.end))}` : decodeString(value.tag, content);
      found.push([oid, text]);
    }
  }
  return found;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
