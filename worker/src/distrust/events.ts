/**
 * Browser distrust events, as data: one entry per browser and date, each with the CA names it
 * covers (organisation, organisational-unit and common names as they appear in issuer and chain
 * subject DNs, compared case-insensitively and whole) and where it was announced. `issuedAfter`/`issuedBefore` limit an
 * event to certificates by notBefore (browsers use the earliest SCT; notBefore is its stand-in).
 */
export interface DistrustEvent {
  id: string;
  ca: string;
  browser: "Chrome" | "Firefox";
  /** First day (UTC) the browser no longer trusts the certificates covered. */
  date: string;
  organizations: readonly string[];
  commonNames: readonly string[];
  /** Only certificates issued after this instant are distrusted. */
  issuedAfter?: string;
  /** Only certificates issued before this instant are distrusted. */
  issuedBefore?: string;
  source: string;
}

const SYMANTEC_O = ["Symantec Corporation", "GeoTrust Inc.", "thawte, Inc.", "VeriSign, Inc."];
const SYMANTEC_CN = [
  "GeoTrust Global CA",
  "GeoTrust Primary Certification Authority - G3",
  "thawte Primary Root CA",
  "VeriSign Class 3 Public Primary Certification Authority - G5",
];
const ENTRUST_O = ["Entrust, Inc.", "AffirmTrust"];
const ENTRUST_CN = [
  "Entrust Root Certification Authority",
  "Entrust Root Certification Authority - EC1",
  "Entrust Root Certification Authority - G2",
  "Entrust Root Certification Authority - G4",
  "Entrust.net Certification Authority (2048)",
  "AffirmTrust Commercial",
  "AffirmTrust Networking",
  "AffirmTrust Premium",
  "AffirmTrust Premium ECC",
];
const WOSIGN_O = ["WoSign CA Limited", "StartCom Ltd.", "StartCom Ltd"];
const WOSIGN_CN = [
  "Certification Authority of WoSign",
  "Certification Authority of WoSign G2",
  "CA 沃通根证书",
  "StartCom Certification Authority",
  "StartCom Certification Authority G2",
];

/** The calendar, oldest first. */
export const DISTRUST_EVENTS: readonly DistrustEvent[] = [
  {
    id: "wosign-startcom-firefox-51",
    ca: "WoSign and StartCom",
    browser: "Firefox",
    date: "2017-01-24",
    organizations: WOSIGN_O,
    commonNames: WOSIGN_CN,
    issuedAfter: "2016-10-21T00:00:00Z",
    source:
      "Mozilla Security Blog, https://blog.mozilla.org/security/2016/10/24/distrusting-new-wosign-and-startcom-certificates/",
  },
  {
    id: "wosign-startcom-chrome-56",
    ca: "WoSign and StartCom",
    browser: "Chrome",
    date: "2017-01-25",
    organizations: WOSIGN_O,
    commonNames: WOSIGN_CN,
    issuedAfter: "2016-10-21T00:00:00Z",
    source: "Google Security Blog, https://security.googleblog.com/2016/10/distrusting-wosign-and-startcom.html",
  },
  {
    id: "wosign-startcom-chrome-61",
    ca: "WoSign and StartCom",
    browser: "Chrome",
    date: "2017-09-05",
    organizations: WOSIGN_O,
    commonNames: WOSIGN_CN,
    source: "Google Security Blog, https://security.googleblog.com/2017/07/final-removal-of-trust-in-wosign-and.html",
  },
  {
    id: "symantec-chrome-66",
    ca: "Symantec (GeoTrust, thawte, RapidSSL, VeriSign)",
    browser: "Chrome",
    date: "2018-04-17",
    organizations: SYMANTEC_O,
    commonNames: SYMANTEC_CN,
    issuedBefore: "2016-06-01T00:00:00Z",
    source: "Google Security Blog, https://security.googleblog.com/2017/09/chromes-plan-to-distrust-symantec.html",
  },
  {
    id: "symantec-chrome-70",
    ca: "Symantec (GeoTrust, thawte, RapidSSL, VeriSign)",
    browser: "Chrome",
    date: "2018-10-16",
    organizations: SYMANTEC_O,
    commonNames: SYMANTEC_CN,
    source: "Google Security Blog, https://security.googleblog.com/2017/09/chromes-plan-to-distrust-symantec.html",
  },
  {
    id: "symantec-firefox-63",
    ca: "Symantec (GeoTrust, thawte, RapidSSL, VeriSign)",
    browser: "Firefox",
    date: "2018-10-23",
    organizations: SYMANTEC_O,
    commonNames: SYMANTEC_CN,
    source: "Mozilla Security Blog, https://blog.mozilla.org/security/2018/03/12/distrust-symantec-tls-certificates/",
  },
  {
    id: "camerfirma-chrome-90",
    ca: "Camerfirma",
    browser: "Chrome",
    date: "2021-04-13",
    organizations: ["AC Camerfirma S.A.", "AC Camerfirma SA", "AC Camerfirma SA CIF A82743287"],
    commonNames: [
      "Chambers of Commerce Root - 2008",
      "Global Chambersign Root - 2008",
      "Chambers of Commerce Root",
      "Global Chambersign Root",
    ],
    source:
      "Chrome's announcement on mozilla.dev.security.policy, 25 Jan 2021, https://www.mail-archive.com/dev-security-policy@lists.mozilla.org/msg14075.html",
  },
  {
    id: "entrust-chrome-131",
    ca: "Entrust (and AffirmTrust)",
    browser: "Chrome",
    date: "2024-11-12",
    organizations: ENTRUST_O,
    commonNames: ENTRUST_CN,
    issuedAfter: "2024-11-11T23:59:59Z",
    source:
      "Google Security Blog, https://security.googleblog.com/2024/06/sustaining-digital-certificate-security.html",
  },
  {
    id: "entrust-firefox",
    ca: "Entrust (and AffirmTrust)",
    browser: "Firefox",
    date: "2024-12-01",
    organizations: ENTRUST_O,
    commonNames: ENTRUST_CN,
    issuedAfter: "2024-11-30T23:59:59Z",
    source: "Mozilla dev-security-policy, https://groups.google.com/a/mozilla.org/g/dev-security-policy/c/jCvkhBjg9Yw",
  },
  {
    id: "chunghwa-chrome-139",
    ca: "Chunghwa Telecom",
    browser: "Chrome",
    date: "2025-08-01",
    organizations: ["Chunghwa Telecom Co., Ltd.", "行政院"],
    commonNames: ["HiPKI Root CA - G1", "ePKI Root Certification Authority"],
    issuedAfter: "2025-07-31T23:59:59Z",
    source:
      "Google Security Blog, https://security.googleblog.com/2025/05/sustaining-digital-certificate-security-chrome-root-store-changes.html",
  },
  {
    id: "netlock-chrome-139",
    ca: "Netlock",
    browser: "Chrome",
    date: "2025-08-01",
    organizations: ["NetLock Kft.", "NETLOCK Ltd."],
    commonNames: ["NetLock Arany (Class Gold) Főtanúsítvány"],
    issuedAfter: "2025-07-31T23:59:59Z",
    source:
      "Google Security Blog, https://security.googleblog.com/2025/05/sustaining-digital-certificate-security-chrome-root-store-changes.html",
  },
];
