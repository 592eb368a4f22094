import type { Lexicon } from "./types";

/** Turkish: süre sonu (expiry), iptal (revocation) and ödeme (payment) notices. */
export const tr: Lexicon = {
  language: "tr",
  slashDateOrder: "dmy",
  months: {
    ocak: 1, şubat: 2, mart: 3, nisan: 4, mayıs: 5, haziran: 6, temmuz: 7, ağustos: 8, eylül: 9, ekim: 10, kasım: 11, aralık: 12,
  },
  dayWords: ["gün"],
  certificateWords: ["sertifika", "ssl", "tls"],
  stopwords: ["ve", "bir", "bu", "için", "ile", "lütfen", "sayın", "olarak", "olan", "daha", "gibi", "veya", "değil", "çok", "sizin", "sizi", "size", "teşekkür", "ederiz", "müşterimiz", "saygılarımızla", "oldu", "olmuştur"],
  negations: ["değil", "olmadı", "edilmedi", "yapılmadı"],
  otherSubjects: ["kart\\p{L}*", "şifre\\p{L}*", "abonelik\\p{L}*", "alan adı\\p{L}*", "bağlantı\\p{L}*", "kod\\p{L}*"],
  phrases: {
    expiryColumn: ["son geçerlilik tarihi", "bitiş tarihi"],
    expiresInDays: ["{N} gün (?:içinde|sonra) (?:sona erecek|sona eriyor|dolacak|doluyor|geçerliliğini yitirecek)", "(?:süresinin dolmasına|bitmesine) {N} gün"],
    expiresOn: ["{DATE} (?:tarihinde )?(?:sona erecek|sona eriyor|dolacak|doluyor|sona erdi)", "(?:son geçerlilik|bitiş) tarihi:? {DATE}"],
    expiresSoon: ["(?:yakında|kısa süre içinde) (?:sona erecek|dolacak|sona eriyor)", "(?:süresi )?dolmak üzere", "sona ermek üzere"],
    hasExpired: ["(?:süresi )?(?:doldu|sona erdi)(?!\\p{L})"],
    validUntil: ["(?:geçerlilik|bitiş) tarihi:? {DATE}"],
    renewCall: ["yenileyin", "yenilemek için"],
    urgency: ["acil", "hemen", "derhal", "son şans"],
    revoked: ["iptal edildi", "iptal edilmiştir"],
    willRevoke: ["iptal edilecek(?:tir)?"],
    revocationReason: ["anahtar\\p{L}* (?:ele geçiril|tehlike)\\p{L}*", "hatalı (?:olarak )?düzenlen\\p{L}*"],
    incident: ["güvenlik olayı", "doğrulama olayı"],
    paymentWord: ["ödeme\\p{L}*", "fatura\\p{L}*"],
    paymentFailed: ["ödeme\\p{L}* (?:\\p{L}+ ){0,3}?(?:başarısız|reddedildi|gerçekleştirilemedi|alınamadı|onaylanmadı)", "(?:kart\\p{L}*|tahsilat) (?:\\p{L}+ ){0,2}?reddedildi"],
    awaitingPayment: ["ödenmemiş fatura", "fatura\\p{L}* (?:\\p{L}+ ){0,3}?(?:ödenmedi|gecikti|vadesi geçti)", "ödeme bekleniyor", "ödemeniz (?:henüz )?alınmadı"],
    receipt: ["ödeme\\p{L}* (?:başarıyla )?(?:alındı|tamamlandı)", "makbuz"],
    orderNumber: ["sipariş (?:numarası|no\\.?)\\s?:? ?{ID}"],
    domainValidation: ["alan adı doğrulama\\p{L}*"],
    issued: ["(?:başarıyla )?düzenlendi", "(?:başarıyla )?yenilendi"],
  },
};
