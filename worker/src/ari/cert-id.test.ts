import "reflect-metadata";
import * as x509 from "@peculiar/x509";
import { expect, it } from "vitest";
import { createTestCa } from "../../test/peers/test-ca";
import { ariCertificateId } from "./cert-id";

it("joins the AKI keyIdentifier and the serial's DER octets, base64url, as RFC 9773 §4.1 does", async () => {
  const ca = await createTestCa("ARI Test CA", "ari-ca.test");
  // The RFC's example serial 0x87654321 needs a leading zero octet in DER (high bit set).
  const leaf = await ca.issue({ names: ["www.kestrel-logistics.com"], serialNumber: "0087654321" });
  const aki = leaf.getExtension(x509.AuthorityKeyIdentifierExtension)!.keyId!;
  const expectedAki = btoa(String.fromCharCode(...(aki.match(/../g) ?? []).map((h) => parseInt(h, 16))))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
  expect(ariCertificateId(leaf.toString("pem"))).toBe(`${expectedAki}.AIdlQyE`);
  const small = await ca.issue({ names: ["a.kestrel-logistics.com"], serialNumber: "0A1B" });
  expect(ariCertificateId(small.toString("pem"))?.split(".")[1]).toBe("Chs");
});
