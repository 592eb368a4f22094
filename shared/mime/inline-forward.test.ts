import { describe, expect, it } from "vitest";
import { parseLocalizedDate } from "./forward-date";
import { parseForwardMailbox, parseForwardMailboxes } from "./forward-headers";
import { findInlineForward } from "./inline-forward";

const NOTICE =
  "Dear customer,\n\nYour certificate for porto.kestrel-logistics.com expires on 11 February 2027.\n\nGlobalSign";

describe("findInlineForward in other clients and languages", () => {
  it("reads Yahoo's separator with a GMT offset in the date", () => {
    const body = `See below.\n\n----- Forwarded Message -----\nFrom: GlobalSign <noreply@globalsign.com>\nTo: porto@kestrel-logistics.com\nSent: Friday, November 13, 2026, 08:00:49 AM GMT+1\nSubject: Certificate reminder\n\n${NOTICE}`;
    const found = findInlineForward(body, "forward")!;
    expect(found.note).toBe("See below.");
    expect(found.fields.subject).toBe("Certificate reminder");
    expect(parseLocalizedDate(found.fields.date!)?.toISOString()).toBe("2026-11-13T07:00:49.000Z");
    expect(found.body).toBe(NOTICE);
  });

  it("reads Proton Mail's ordinal dates", () => {
    const body = `------- Forwarded Message -------\nFrom: GlobalSign <noreply@globalsign.com>\nDate: On Friday, November 13th, 2026 at 8:00 AM\nSubject: Certificate reminder\nTo: porto@kestrel-logistics.com\n\n${NOTICE}`;
    const found = findInlineForward(body, "neither")!;
    expect(parseLocalizedDate(found.fields.date!)?.toISOString()).toBe("2026-11-13T08:00:00.000Z");
    expect(found.body).toBe(NOTICE);
  });

  it("reads an Italian Outlook block under a tagged subject", () => {
    const body = `Ciao,\nvedi sotto.\n\nDa: GlobalSign <noreply@globalsign.com>\nInviato: venerdì 13 novembre 2026 08:00\nA: Porto <porto@kestrel-logistics.com>\nOggetto: Promemoria certificato\n\n${NOTICE}`;
    expect(findInlineForward(body, "neither")).toBeNull();
    const found = findInlineForward(body, "forward")!;
    expect(found.fields.from).toBe("GlobalSign <noreply@globalsign.com>");
    expect(parseLocalizedDate(found.fields.date!)?.toISOString()).toBe("2026-11-13T08:00:00.000Z");
    expect(found.note).toBe("Ciao,\nvedi sotto.");
  });

  it.each([
    [
      "Danish",
      "Fra: GlobalSign <noreply@globalsign.com>\nSendt: fredag den 13. november 2026 08.00\nTil: porto@kestrel-logistics.com\nEmne: Certificate reminder",
    ],
    [
      "Polish",
      "Od: GlobalSign <noreply@globalsign.com>\nWysłano: piątek, 13 listopada 2026 08:00\nDo: porto@kestrel-logistics.com\nTemat: Certificate reminder",
    ],
    [
      "Czech",
      "Od: GlobalSign <noreply@globalsign.com>\nOdesláno: pátek 13. listopadu 2026 8:00\nKomu: porto@kestrel-logistics.com\nPředmět: Certificate reminder",
    ],
  ])("reads a %s Outlook block", (_language, block) => {
    const found = findInlineForward(`Se nedenfor.\n\n${block}\n\n${NOTICE}`, "forward")!;
    expect(found.fields.subject).toBe("Certificate reminder");
    expect(parseLocalizedDate(found.fields.date!)?.toISOString()).toBe("2026-11-13T08:00:00.000Z");
    expect(found.body).toBe(NOTICE);
  });

  it("reads past Reply-To and Cc lines in Apple Mail's block", () => {
    const body = `FYI\n\nBegin forwarded message:\n\n> From: GlobalSign <noreply@globalsign.com>\n> Subject: Certificate reminder\n> Date: 13 November 2026 at 08:00:49 CET\n> To: porto@kestrel-logistics.com\n> Cc: it-ops@kestrel-logistics.com,\n>  finance@kestrel-logistics.com\n> Reply-To: support@globalsign.com\n> \n${NOTICE.replace(/^/gm, "> ")}`;
    const found = findInlineForward(body, "neither")!;
    expect(found.fields.cc).toBe("it-ops@kestrel-logistics.com, finance@kestrel-logistics.com");
    expect(found.body).toBe(NOTICE);
  });

  it("joins a folded subject and decodes encoded words", () => {
    const body = `---------- Forwarded message ---------\nFrom: GlobalSign <noreply@globalsign.com>\nDate: Fri, Nov 13, 2026 at 8:00 AM\nSubject: Your certificate for porto.kestrel-logistics.com\n  expires in 90 days\nTo: porto@kestrel-logistics.com\n\n${NOTICE}`;
    const found = findInlineForward(body, "neither")!;
    expect(found.fields.subject).toBe("Your certificate for porto.kestrel-logistics.com expires in 90 days");
    expect(found.fields.to).toBe("porto@kestrel-logistics.com");
    expect(found.body).toBe(NOTICE);
  });

  it("reads Outlook's bare block under its underscore rule when the subject says nothing", () => {
    const block = `From: GlobalSign <noreply@globalsign.com>\nSent: Friday, November 13, 2026 8:00 AM\nTo: porto@kestrel-logistics.com\nSubject: Certificate reminder\n\n${NOTICE}`;
    expect(findInlineForward(`FYI\n\n________________________________\n${block}`, "neither")?.fields.subject).toBe(
      "Certificate reminder",
    );
    expect(findInlineForward(`FYI\n\n${block}`, "neither")).toBeNull();
    expect(findInlineForward(`Thanks, done.\n\n________________________________\n${block}`, "reply")).toBeNull();
  });

  it("ignores a body that only mentions a From: line", () => {
    const body =
      "Dear customer,\nFrom: 1 December your invoices are sent by billing@globalsign.com.\nSubject: renewal\n\nGlobalSign";
    expect(findInlineForward(body, "forward")).toBeNull();
  });
});

describe("forward mailboxes", () => {
  it.each([
    ["DigiCert <no-reply@digicert.com>", "DigiCert", "no-reply@digicert.com"],
    ['"DigiCert, Inc." <No-Reply@DigiCert.com>', "DigiCert, Inc.", "no-reply@digicert.com"],
    ["Sectigo Billing [mailto:billing@sectigo.com]", "Sectigo Billing", "billing@sectigo.com"],
    ["DigiCert <no-reply@digicert.com<mailto:no-reply@digicert.com>>", "DigiCert", "no-reply@digicert.com"],
    ["*GoDaddy* <noreply@godaddy.com>", "GoDaddy", "noreply@godaddy.com"],
    ["noreply@godaddy.com", "", "noreply@godaddy.com"],
    ["GoDaddy", "GoDaddy", ""],
  ])("reads %s", (value, name, address) => {
    expect(parseForwardMailbox(value)).toEqual({ name, address });
  });

  it("splits a recipient list on commas and semicolons outside quotes", () => {
    expect(parseForwardMailboxes('"Ops, Lyon" <lyon@kestrel-logistics.com>; it-ops@kestrel-logistics.com')).toEqual([
      { name: "Ops, Lyon", address: "lyon@kestrel-logistics.com" },
      { name: "", address: "it-ops@kestrel-logistics.com" },
    ]);
  });
});

describe("forwards written as quotes", () => {
  it.each([
    [
      "On Fri, Nov 13, 2026 at 8:00 AM GlobalSign <noreply@globalsign.com> wrote:",
      "GlobalSign <noreply@globalsign.com>",
      "2026-11-13T08:00:00.000Z",
    ],
    [
      "On 13 Nov 2026, at 08:00, GlobalSign <noreply@globalsign.com> wrote:",
      "GlobalSign <noreply@globalsign.com>",
      "2026-11-13T08:00:00.000Z",
    ],
    [
      "Am 13.11.2026 um 08:00 schrieb GlobalSign <noreply@globalsign.com>:",
      "GlobalSign <noreply@globalsign.com>",
      "2026-11-13T08:00:00.000Z",
    ],
    [
      "Le ven. 13 nov. 2026 à 08:00, GlobalSign <noreply@globalsign.com> a écrit :",
      "GlobalSign <noreply@globalsign.com>",
      "2026-11-13T08:00:00.000Z",
    ],
    [
      "El vie, 13 nov 2026 a las 8:00, GlobalSign (<noreply@globalsign.com>) escribió:",
      "GlobalSign (<noreply@globalsign.com>)",
      "2026-11-13T08:00:00.000Z",
    ],
    [
      "Op vr 13 nov. 2026 om 08:00 schreef GlobalSign <noreply@globalsign.com>:",
      "GlobalSign <noreply@globalsign.com>",
      "2026-11-13T08:00:00.000Z",
    ],
  ])("reads %s", (attribution, from, date) => {
    const body = `See below.\n\n${attribution}\n${NOTICE.replace(/^/gm, "> ")}`;
    const found = findInlineForward(body, "forward")!;
    expect(found.fields.from).toBe(from);
    expect(parseLocalizedDate(found.fields.date!)?.toISOString()).toBe(date);
    expect(found.body).toBe(NOTICE);
    expect(found.note).toBe("See below.");
  });

  it("joins an attribution wrapped over two lines, and ignores one in a reply", () => {
    const body = `FYI\n\nOn Fri, Nov 13, 2026 at 8:00 AM GlobalSign <\nnoreply@globalsign.com> wrote:\n${NOTICE.replace(/^/gm, "> ")}`;
    expect(findInlineForward(body, "forward")?.fields.from).toBe("GlobalSign < noreply@globalsign.com>");
    expect(findInlineForward(body, "reply")).toBeNull();
  });
});
