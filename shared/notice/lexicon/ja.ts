import type { Lexicon } from "./types";

/** Japanese: 有効期限 (expiry), 失効 (revocation) and お支払い (payment) notices. Words run on without spaces. */
export const ja: Lexicon = {
  language: "ja",
  slashDateOrder: "dmy",
  months: {},
  dayWords: ["日間", "日後", "日"],
  certificateWords: ["証明書", "ssl", "tls"],
  scriptChars: "[\\u3040-\\u30ff]",
  // Every phrase holds kana or kanji; the class is the East Asian scripts together, so a phrase mixing them is never skipped.
  phraseChars: "[\\u1100-\\u11ff\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af\\uf900-\\ufaff]",
  stopwords: [],
  phrases: {
    expiryColumn: ["有効期限"],
    expiresInDays: [
      "(?:あと|残り)\\s?{N}\\s?日",
      "{N}\\s?日(?:後|以内)に(?:有効期限|期限)(?:が|を)?(?:切れ|満了|失効)",
    ],
    expiresOn: [
      "(?:有効期限|期限|有効期間)(?:は|が|：|:)?\\s?{DATE}",
      "{DATE}\\s?(?:に|で)(?:有効期限|期限)(?:が|を)?(?:切れ|満了)",
    ],
    expiresSoon: [
      "(?:まもなく|間もなく|もうすぐ)(?:有効期限|期限)",
      "(?:有効期限|期限)(?:が|は)?(?:まもなく|間もなく|近づいて)",
    ],
    hasExpired: ["(?:有効期限|期限)(?:が|は)?切れ(?:ました|ています)", "期限切れ(?:となりました|になりました|です)"],
    validUntil: ["有効期限\\s?[：:]\\s?{DATE}"],
    renewCall: ["更新(?:手続き|のお手続き)?(?:を|して)?(?:お願い|ください)"],
    urgency: ["至急", "緊急", "直ちに", "今すぐ"],
    revoked: ["失効(?:しました|されました|済み)", "(?:取り消|取消)(?:しました|されました)"],
    willRevoke: ["失効(?:します|いたします|される予定|予定)", "失効させていただきます"],
    revocationReason: ["鍵(?:の)?(?:漏洩|危殆化)", "誤発行"],
    incident: ["インシデント"],
    paymentWord: ["支払", "請求", "料金"],
    paymentFailed: [
      "(?:お)?支払い?(?:が|は)?(?:失敗|できません|承認されません|拒否)",
      "決済(?:が|に)?(?:失敗|エラー|できません)",
      "カード(?:が|は)?(?:利用|使用)?できません",
    ],
    awaitingPayment: [
      "再請求",
      "お支払いが(?:ない|確認できない)場合",
      "未納",
      "(?:お)?支払い?(?:が|は)?(?:確認できて?いません|未完了|済んでいません)",
      "未払い",
      "支払期限",
    ],
    receipt: ["(?:お)?支払い?(?:を|が)?(?:確認いたしました|完了しました|受け付けました)", "領収書"],
    orderNumber: ["(?:注文|オーダー)(?:番号|ID)\\s?[：:]?\\s?{ID}"],
    domainValidation: ["ドメイン(?:認証|の認証|検証)"],
    issued: ["発行(?:されました|しました|が完了)"],
  },
};
