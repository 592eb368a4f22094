import { describe, expect, it } from "vitest";
import { api } from "../../test/accounts";
import { demoEmails } from "../../test/demo-emails";
import { createKestrelAccount, type KestrelAccount, postNotice } from "../../test/kestrel";

interface Reply {
  language: string;
  to: string | null;
  subject: string;
  body: string;
  warning: string | null;
}

function demo(name: string): string {
  const found = demoEmails.find(([file]) => file.includes(name));
  if (!found) throw new Error(`no demo email ${name}`);
  return found[1];
}

async function noticeId(account: KestrelAccount, raw: string): Promise<string> {
  return ((await (await postNotice(account, raw)).json()) as { notice: { id: string } }).notice.id;
}

async function reply(account: KestrelAccount, id: string, query = ""): Promise<Reply> {
  const res = await api(`/api/notices/${id}/reply${query}`, { token: account.token });
  expect(res.status).toBe(200);
  return (await res.json()) as Reply;
}

describe("GET /api/notices/:id/reply", () => {
  it("writes in the notice's language with the facts: let lapse on purpose, expired, no order, the wording to correct", async () => {
    const account = await createKestrelAccount();
    const id = await noticeId(account, demo("psw-mahnung"));
    const de = await reply(account, id);
    expect(de).toMatchObject({ language: "de", to: "billing@psw.net", warning: null });
    expect(de.subject).toBe("AW: Mahnung: Zahlung fehlgeschlagen für kestrel-logistik.de");
    expect(de.body).toContain("zum Zertifikat für kestrel-logistik.de");
    expect(de.body).toContain("bewusst entschieden, dieses Zertifikat nicht zu verlängern");
    expect(de.body).toContain("Es ist am 10. September 2025 abgelaufen.");
    // No CRL or OCSP answer said so: the reply claims nothing about revocation.
    expect(de.body).not.toContain("widerrufen");
    expect(de.body).toContain("keine Bestellung aufgegeben und keine Zahlung versucht");
    expect(de.body).toContain("Die Bestellnummer PSW-2025-130977 ist nicht unsere.");
    expect(de.body).toMatch(/schließen Sie .* stellen Sie diese Nachrichten ein .* berichtigen Sie deren Wortlaut/s);
    expect(de.body.trim().endsWith("Kestrel Logistics BV")).toBe(true);
  });

  it("writes en, de, fr, es, nl, it and pt on request", async () => {
    const account = await createKestrelAccount();
    const id = await noticeId(account, demo("godaddy-revoked"));
    const expectations: Record<string, string> = {
      en: "It expired on 20 March 2026.",
      de: "Es ist am 20. März 2026 abgelaufen.",
      fr: "Il a expiré le 20 mars 2026.",
      es: "Caducó el 20 de marzo de 2026.",
      nl: "Het is op 20 maart 2026 verlopen.",
      it: "È scaduto il 20 marzo 2026.",
      pt: "Expirou em 20 de março de 2026.",
    };
    for (const [lang, sentence] of Object.entries(expectations)) {
      const answer = await reply(account, id, `?lang=${lang}`);
      expect(answer.language).toBe(lang);
      expect(answer.body).toContain(sentence);
      expect(answer.body).toContain("lyon.kestrel-logistics.com");
    }
    const bad = await api(`/api/notices/${id}/reply?lang=xx`, { token: account.token });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toContain("lang");
  });

  it("writes no demand letter to an honest notice", async () => {
    const account = await createKestrelAccount();
    const id = await noticeId(account, demo("digicert-renewal"));
    const res = await api(`/api/notices/${id}/reply`, { token: account.token });
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ error: { code: "nothing_to_dispute" } });
  });

  it("does not address a spoofed sender, and refuses notices about no owned certificate", async () => {
    const account = await createKestrelAccount();
    const spoofed = await reply(account, await noticeId(account, demo("sectigo-lookalike")));
    // Not the forger: the real vendor's support address from the registry.
    expect(spoofed.to).toBe("support@sectigo.com");
    expect(spoofed.warning).toContain("spoofed");
    expect(spoofed.body).toContain("It is valid until 1 April 2027.");
    expect(spoofed.body).toContain("We have not ordered a renewal");

    const unrelated = demo("digicert-renewal")
      .replace(/www\.kestrel-logistics\.com/g, "www.example.org")
      .replace(/order \d+/g, "order 1")
      .replace(/order \d+ is open/, "");
    const id = await noticeId(
      account,
      unrelated.replace(/Message-ID: <[^>]+>/, "Message-ID: <unrelated-1@digicert.com>").replace(/41550918/g, "1"),
    );
    const res = await api(`/api/notices/${id}/reply`, { token: account.token });
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ error: { code: "no_certificate" } });
  });
});
