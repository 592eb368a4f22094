import "reflect-metadata";
import { X509Crl } from "@peculiar/x509";
import { beforeAll, describe, expect, it } from "vitest";
import { createTestCa, type TestCa } from "../../test/peers/test-ca";
import { findRevokedEntry, readCrlDer } from "./crl-der";

let ca: TestCa;
let der: Uint8Array<ArrayBuffer>;
const thisUpdate = new Date("2026-11-20T00:00:00Z");
const nextUpdate = new Date("2050-01-01T00:00:00Z"); // GeneralizedTime from 2050 on

beforeAll(async () => {
  ca = await createTestCa();
  ca.revoke("ff01", { revokedAt: new Date("2026-03-03T00:00:00Z") });
  ca.revoke("0a1b2c", { revokedAt: new Date("2026-04-04T00:00:00Z") });
  der = await ca.signCrl({ thisUpdate, nextUpdate });
});

describe("readCrlDer", () => {
  it("finds the fields a full parse finds", () => {
    const view = readCrlDer(der)!;
    const full = new X509Crl(der);
    expect(view.thisUpdate).toEqual(full.thisUpdate);
    expect(view.nextUpdate).toEqual(full.nextUpdate);
    expect(view.tbs.byteLength).toBeLessThan(der.byteLength);
  });

  it("finds listed serials whatever their sign byte, and not others", () => {
    const view = readCrlDer(der)!;
    expect(findRevokedEntry(view, "FF01")).not.toBeNull();
    expect(findRevokedEntry(view, "00FF01")).not.toBeNull();
    expect(findRevokedEntry(view, "0A1B2C")).not.toBeNull();
    expect(findRevokedEntry(view, "0A1B2D")).toBeNull();
    expect(findRevokedEntry(view, "1B2C")).toBeNull();
  });

  it("refuses what is not a CRL: truncated, trailing bytes, a certificate", () => {
    expect(readCrlDer(der.slice(0, der.byteLength - 5))).toBeNull();
    const longer = new Uint8Array(der.byteLength + 1);
    longer.set(der);
    expect(readCrlDer(longer)).toBeNull();
    expect(readCrlDer(new Uint8Array(ca.certificate.rawData))).toBeNull();
    expect(readCrlDer(new TextEncoder().encode("<html>maintenance</html>"))).toBeNull();
  });
});
