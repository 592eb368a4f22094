import { describe, expect, it } from "vitest";
import { createTestCa } from "../../test/peers/test-ca";
import { DISTRUST_EVENTS } from "./events";
import { distrusts, eventsInView, issuerNames, type IssuedBy } from "./match";

/** Per event: a certificate as recorded from a real issuer DN of that CA, issued inside and outside its range. */
const EXPECTED = [
  {
    id: "wosign-startcom-firefox-51",
    browser: "Firefox",
    date: "2017-01-24",
    issuerO: "WoSign CA Limited",
    issuerCn: "WoSign CA Free SSL Certificate G2",
    inside: "2016-11-01",
    outside: "2016-10-01",
  },
  {
    id: "wosign-startcom-chrome-56",
    browser: "Chrome",
    date: "2017-01-25",
    issuerO: "StartCom Ltd.",
    issuerCn: "StartCom Class 1 DV Server CA",
    inside: "2016-12-01",
    outside: "2016-10-20",
  },
  {
    id: "wosign-startcom-chrome-61",
    browser: "Chrome",
    date: "2017-09-05",
    issuerO: "StartCom Ltd.",
    issuerCn: "StartCom Class 2 IV Server CA",
    inside: "2017-01-10",
    outside: null,
  },
  {
    id: "symantec-chrome-66",
    browser: "Chrome",
    date: "2018-04-17",
    issuerO: "Symantec Corporation",
    issuerCn: "Symantec Class 3 Secure Server CA - G4",
    inside: "2016-05-01",
    outside: "2016-07-01",
    days: 1095,
  },
  {
    id: "symantec-chrome-70",
    browser: "Chrome",
    date: "2018-10-16",
    issuerO: "GeoTrust Inc.",
    issuerCn: "RapidSSL SHA256 CA",
    inside: "2017-11-01",
    outside: null,
  },
  {
    id: "symantec-firefox-63",
    browser: "Firefox",
    date: "2018-10-23",
    issuerO: "thawte, Inc.",
    issuerCn: "thawte SSL CA - G2",
    inside: "2017-11-01",
    outside: null,
  },
  {
    id: "camerfirma-chrome-90",
    browser: "Chrome",
    date: "2021-04-13",
    issuerO: "AC Camerfirma S.A.",
    issuerCn: "AC Camerfirma for Websites - 2016",
    inside: "2020-09-01",
    outside: null,
  },
  {
    id: "entrust-chrome-131",
    browser: "Chrome",
    date: "2024-11-12",
    issuerO: "Entrust, Inc.",
    issuerCn: "Entrust Certification Authority - L1K",
    inside: "2024-11-20",
    outside: "2024-11-01",
  },
  {
    id: "entrust-firefox",
    browser: "Firefox",
    date: "2024-12-01",
    issuerO: "Entrust, Inc.",
    issuerCn: "Entrust Certification Authority - L1K",
    inside: "2024-12-02",
    outside: "2024-11-20",
  },
  {
    id: "chunghwa-chrome-139",
    browser: "Chrome",
    date: "2025-08-01",
    issuerO: "Chunghwa Telecom Co., Ltd.",
    issuerCn: "HiPKI EV TLS CA - G1",
    inside: "2025-09-01",
    outside: "2025-07-01",
  },
  {
    id: "netlock-chrome-139",
    browser: "Chrome",
    date: "2025-08-01",
    issuerO: "NETLOCK Kft.",
    issuerCn: "NETLOCK Trust Qualified EV CA 3",
    inside: "2025-09-01",
    outside: "2025-07-01",
  },
];

function recorded(
  issuerO: string | null,
  issuerCn: string | null,
  notBefore: string,
  chainPem: string | null = null,
  days = 397,
): IssuedBy {
  const notAfter = new Date(Date.parse(notBefore) + days * 86_400_000).toISOString();
  return { issuerO, issuerCn, chainPem, notBefore: `${notBefore}T00:00:00.000Z`, notAfter };
}

it("has one test row per event, in date order", () => {
  expect(DISTRUST_EVENTS.map((e) => e.id)).toEqual(EXPECTED.map((e) => e.id));
  expect(DISTRUST_EVENTS.map((e) => e.date)).toEqual(DISTRUST_EVENTS.map((e) => e.date).sort());
});

describe.each(EXPECTED.map((e, i) => [e.id, e, DISTRUST_EVENTS[i]] as const))(
  "distrust event %s",
  (_, expected, event) => {
    it("has its browser, date and a source", () => {
      expect(event).toMatchObject({ id: expected.id, browser: expected.browser, date: expected.date });
      expect(event.source).toMatch(
        /https:\/\/(security\.googleblog\.com|blog\.mozilla\.org|groups\.google\.com|www\.mail-archive\.com)\//,
      );
    });

    it("matches a certificate recorded with the CA's issuer organisation, inside its date range", () => {
      const days = "days" in expected ? expected.days : undefined;
      expect(distrusts(event, recorded(expected.issuerO, expected.issuerCn, expected.inside, null, days))).toBe(true);
      expect(distrusts(event, recorded(expected.issuerO.toUpperCase(), null, expected.inside, null, days))).toBe(true);
      if (expected.outside)
        expect(distrusts(event, recorded(expected.issuerO, expected.issuerCn, expected.outside, null, days))).toBe(
          false,
        );
    });

    it("does not match another CA, nor a certificate expired by the date", () => {
      const days = "days" in expected ? expected.days : undefined;
      expect(distrusts(event, recorded("DigiCert Inc", expected.issuerCn, expected.inside, null, days))).toBe(false);
      const expired = {
        ...recorded(expected.issuerO, expected.issuerCn, expected.inside, null, days),
        notAfter: `${expected.date}T00:00:00.000Z`,
      };
      expect(distrusts(event, expired)).toBe(false);
    });
  },
);

it("matches by a root or intermediate subject in the uploaded chain when the issuer names no covered CA", async () => {
  const root = await createTestCa("HiPKI Root CA - G1", "hipki.test", "P-256", "Chunghwa Telecom Co.\\, Ltd.");
  expect(root.certificate.subjectName.getField("O")).toEqual(["Chunghwa Telecom Co., Ltd."]);
  const other = await createTestCa("Kestrel Issuing CA", "kestrel.test", "P-256", "Kestrel Logistics BV");
  const chunghwa = DISTRUST_EVENTS.find((e) => e.id === "chunghwa-chrome-139")!;
  const viaChain = recorded(
    "Kestrel Logistics BV",
    "Kestrel Issuing CA",
    "2025-09-01",
    root.certificate.toString("pem"),
  );
  expect([...issuerNames(viaChain)]).toEqual(
    expect.arrayContaining(["chunghwa telecom co., ltd.", "hipki root ca - g1"]),
  );
  expect(distrusts(chunghwa, viaChain)).toBe(true);
  expect(distrusts(chunghwa, { ...viaChain, chainPem: other.certificate.toString("pem") })).toBe(false);
  expect(distrusts(chunghwa, { ...viaChain, chainPem: "not a PEM" })).toBe(false);
});

it("shows an event from 90 days before its date on", () => {
  const ids = (day: string) => eventsInView(new Date(`${day}T00:00:00Z`)).map((e) => e.id);
  expect(ids("2025-05-02")).not.toContain("chunghwa-chrome-139");
  expect(ids("2025-05-03")).toContain("chunghwa-chrome-139");
  expect(ids("2026-12-08")).toHaveLength(DISTRUST_EVENTS.length);
});
