import { describe, expect, it } from "vitest";
import { detectLanguage, rankLanguages } from "./language";

describe("detectLanguage for the newer languages", () => {
  it.each([
    ["pl", "Szanowni Państwo, uprzejmie informujemy, że certyfikat dla domeny wygasa za 30 dni. Prosimy o odnowienie."],
    ["sv", "Hej! Ditt certifikat för domänen löper ut om 30 dagar och vi rekommenderar att du förnyar det."],
    ["pt", "O certificado expira a 9 de novembro de 2026. Caso pretenda renovar, aceda à área de cliente."],
    [
      "da",
      "Kære kunde, jeres certifikat udløber om 30 dage. Forny det venligst, så jeres hjemmeside ikke bliver utilgængelig. Venlig hilsen",
    ],
    ["no", "Hei! Sertifikatet ditt utløper om 30 dager, og vi anbefaler at du fornyer det i god tid. Vennlig hilsen"],
    ["cs", "Dobrý den, platnost vašeho certifikátu vyprší za 30 dní. Prosím obnovte jej včas, děkujeme."],
    ["sk", "Dobrý deň, platnosť vášho certifikátu vyprší o 30 dní. Prosím, obnovte ho včas, ďakujeme."],
    ["hu", "Tisztelt Ügyfelünk! Az Ön tanúsítványa 30 nap múlva lejár, kérjük, újítsa meg. Üdvözlettel"],
    [
      "fi",
      "Hei, varmenteesi vanhenee 30 päivän kuluttua. Uusi varmenne ajoissa, jotta sivustosi pysyy turvallisena. Ystävällisin terveisin",
    ],
    [
      "tr",
      "Sayın müşterimiz, SSL sertifikanızın süresi 30 gün içinde sona erecek. Lütfen sertifikanızı yenileyin, teşekkür ederiz.",
    ],
    ["ru", "Здравствуйте! Срок действия вашего сертификата истекает через 30 дней. Пожалуйста, продлите его заранее."],
    ["ja", "お客様のSSLサーバー証明書の有効期限は2026年12月15日です。更新手続きをお願いいたします。"],
    ["ko", "고객님, www.example.com 인증서가 2026년 12월 15일에 만료됩니다. 만료 전에 갱신해 주세요."],
    ["zh", "尊敬的客户：您的SSL证书将于2026年12月15日到期，请及时续费。"],
  ])("recognises %s", (language, text) => {
    expect(detectLanguage(text)).toBe(language);
  });
});

describe("rankLanguages", () => {
  it("keeps both languages of a bilingual notice, the stronger first", () => {
    const text =
      "Votre certificat pour le site expire dans 14 jours, pensez à le renouveler avec votre compte. " +
      "Uw certificaat voor de website verloopt over 14 dagen, verleng het op tijd.";
    expect(rankLanguages(text).slice(0, 2).sort()).toEqual(["fr", "nl"]);
  });

  it("gives one language when the others are far behind", () => {
    expect(
      rankLanguages("Ihr Zertifikat läuft in 30 Tagen ab, bitte verlängern Sie es rechtzeitig für die Website."),
    ).toEqual(["de"]);
  });

  it("falls back to English when no function word is known", () => {
    expect(rankLanguages("SSL 2026 OK")).toEqual(["en"]);
  });
});
