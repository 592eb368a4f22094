import type { Lexicon } from "./types";

/** Korean: 만료 (expiry), 폐기 (revocation) and 결제 (payment) notices. */
export const ko: Lexicon = {
  language: "ko",
  slashDateOrder: "dmy",
  months: {},
  dayWords: ["일"],
  certificateWords: ["인증서", "ssl", "tls"],
  scriptChars: "[\\uac00-\\ud7af\\u1100-\\u11ff]",
  // Every phrase holds Hangul (or hanja); the class is the East Asian scripts together, so a phrase mixing them is never skipped.
  phraseChars: "[\\u1100-\\u11ff\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af\\uf900-\\ufaff]",
  stopwords: [],
  phrases: {
    expiryColumn: ["만료일"],
    expiresInDays: [
      "{N}\\s?일\\s?(?:후|뒤)(?:에)?\\s?만료",
      "만료(?:까지|일까지)\\s?(?:남은 기간|앞으로)?\\s?{N}\\s?일",
    ],
    expiresOn: ["{DATE}\\s?(?:에|부로|자로)?\\s?만료", "만료(?:일|일자|예정일)\\s?(?:은|는|:)?\\s?{DATE}"],
    expiresSoon: ["곧\\s?만료", "만료(?:가|를)?\\s?앞두고", "만료\\s?예정"],
    hasExpired: ["만료되었습니다", "만료됐습니다", "이미\\s?만료"],
    validUntil: ["유효\\s?기간\\s?:?\\s?.{0,12}?~\\s?{DATE}"],
    renewCall: ["갱신해\\s?주(?:세요|십시오)", "갱신하(?:세요|십시오)"],
    urgency: ["긴급", "즉시", "지금\\s?바로"],
    revoked: ["폐기되었습니다", "취소되었습니다", "폐기됨"],
    willRevoke: ["폐기될\\s?예정", "폐기\\s?(?:됩니다|할\\s?예정|처리될)"],
    revocationReason: ["키\\s?(?:유출|손상)", "잘못\\s?발급"],
    incident: ["보안\\s?사고", "인시던트"],
    paymentWord: ["결제", "청구", "요금"],
    paymentFailed: [
      "결제(?:가|에)?\\s?(?:실패|거절|거부|승인되지)",
      "결제\\s?오류",
      "카드(?:가)?\\s?(?:거절|승인\\s?거부)",
    ],
    awaitingPayment: ["연체", "체납", "미결제", "미납", "결제(?:가|를)?\\s?(?:확인되지|완료되지)", "결제\\s?대기"],
    receipt: ["결제(?:가)?\\s?완료", "영수증"],
    orderNumber: ["주문\\s?번호\\s?:?\\s?{ID}"],
    domainValidation: ["도메인\\s?(?:인증|검증|소유권\\s?확인)"],
    issued: ["발급(?:되었습니다|완료)"],
  },
};
