import bundle from "../../test/fixtures/certs/bundle.pem?raw";
import chain from "../../test/fixtures/certs/chain.pem?raw";
import expired from "../../test/fixtures/certs/expired.pem?raw";
import intermediate from "../../test/fixtures/certs/intermediate.pem?raw";
import leafEcdsaWildcard from "../../test/fixtures/certs/leaf-ecdsa-wildcard.pem?raw";
import leafIp from "../../test/fixtures/certs/leaf-ip.pem?raw";
import leafRsa from "../../test/fixtures/certs/leaf-rsa.pem?raw";
import root from "../../test/fixtures/certs/root.pem?raw";
import selfSigned from "../../test/fixtures/certs/self-signed.pem?raw";
import selfSignedOpensslDefault from "../../test/fixtures/certs/self-signed-openssl-default.pem?raw";
import chainP7b from "../../test/fixtures/certs/chain.p7b?raw";
import leafIdn from "../../test/fixtures/certs/leaf-idn.pem?raw";
import leafIpOnly from "../../test/fixtures/certs/leaf-ip-only.pem?raw";
import sanUtf8Dns from "../../test/fixtures/certs/san-utf8-dns.pem?raw";
import { base64ToBytes, findPemBlocks } from "../../shared/x509/pem";

/** The openssl-made test PKI of test/fixtures/certs (see make.sh there), as PEM text. */
export const certs = {
  bundle,
  chain,
  chainP7b,
  expired,
  intermediate,
  leafEcdsaWildcard,
  leafIdn,
  leafIp,
  leafIpOnly,
  leafRsa,
  root,
  sanUtf8Dns,
  selfSigned,
  selfSignedOpensslDefault,
};

/** DER bytes of the first certificate of a PEM text. */
export function derOf(pem: string): Uint8Array<ArrayBuffer> {
  return base64ToBytes(findPemBlocks(pem)[0].base64);
}
