import { bytesOf, canonicalBody, canonicalHeader, splitMessage } from "../../shared/dkim/canonicalize";

/** A key pair made in the test and the DNS TXT record that publishes its public half. */
export interface WorkerDkimKey {
  privateKey: CryptoKey;
  record: string;
}

const base64 = (bytes: ArrayBuffer) => btoa(String.fromCharCode(...new Uint8Array(bytes)));

/** An RSA-2048 key made with WebCrypto (workerd cannot run Node's signer). */
export async function makeWorkerDkimKey(): Promise<WorkerDkimKey> {
  const pair = (await crypto.subtle.generateKey(
    { name: "RSASSA-PKCS1-v1_5", modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-256" },
    true,
    ["sign", "verify"],
  )) as CryptoKeyPair;
  const spki = (await crypto.subtle.exportKey("spki", pair.publicKey)) as ArrayBuffer;
  return { privateKey: pair.privateKey, record: `v=DKIM1; k=rsa; p=${base64(spki)}` };
}

/**
 * Signs a message relaxed/relaxed with rsa-sha256 over the listed headers (RFC 6376 §5), as a
 * vendor's mail server would. The shared tests check the verifier against an independent signer.
 */
export async function signWithDkim(
  message: string,
  domain: string,
  selector: string,
  key: WorkerDkimKey,
  headers = ["from", "to", "subject", "date", "message-id"],
): Promise<string> {
  const { headers: fields, body } = splitMessage(message);
  const bh = base64(await crypto.subtle.digest("SHA-256", bytesOf(canonicalBody(body, "relaxed"))));
  const unsigned = `DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=${domain}; s=${selector}; h=${headers.join(":")}; bh=${bh}; b=`;
  let data = "";
  for (const name of headers) {
    const field = [...fields].reverse().find((f) => f.name === name);
    if (field) data += `${canonicalHeader(field, "relaxed")}\r\n`;
  }
  data += canonicalHeader({ name: "dkim-signature", raw: unsigned }, "relaxed");
  const signature = await crypto.subtle.sign("RSASSA-PKCS1-v1_5", key.privateKey, bytesOf(data));
  return `${unsigned}${base64(signature)}\r\n${message}`;
}
