import type { Lexicon } from "./types";

/** Chinese (simplified and traditional): 到期/过期 (expiry), 吊销/撤销 (revocation) and 付款 (payment) notices. */
export const zh: Lexicon = {
  language: "zh",
  slashDateOrder: "dmy",
  months: {},
  dayWords: ["天", "日"],
  certificateWords: ["证书", "證書", "ssl", "tls"],
  scriptChars: "[\\u4e00-\\u9fff]",
  // Every phrase holds Chinese characters; the class is the East Asian scripts together, so a phrase mixing them is never skipped.
  phraseChars: "[\\u1100-\\u11ff\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af\\uf900-\\ufaff]",
  stopwords: [],
  phrases: {
    expiryColumn: ["到期日期?", "有效期至"],
    expiresInDays: [
      "(?:将|將|还有|還有)?\\s?(?:在)?\\s?{N}\\s?天(?:后|後|内|內)?\\s?(?:到期|过期|過期|失效)",
      "(?:剩余|剩餘|仅剩|僅剩)\\s?{N}\\s?天",
    ],
    expiresOn: [
      "(?:将|將)?(?:于|於|在)\\s?{DATE}\\s?(?:到期|过期|過期|失效)",
      "(?:到期|过期|過期)(?:日期|时间|時間)\\s?(?:为|為|是|：|:)?\\s?{DATE}",
    ],
    expiresSoon: ["即将(?:到期|过期|失效)", "即將(?:到期|過期|失效)", "快要(?:到期|过期|過期)"],
    hasExpired: ["已(?:经|經)?(?:到期|过期|過期|失效)"],
    validUntil: ["有效期(?:至|到)\\s?[：:]?\\s?{DATE}"],
    renewCall: ["(?:请|請)(?:及时|及時|尽快|儘快)?(?:续费|續費|续期|續期|更新)"],
    urgency: ["紧急", "緊急", "立即", "马上", "馬上"],
    revoked: ["已(?:被)?(?:吊销|吊銷|撤销|撤銷)"],
    willRevoke: ["(?:将|將)(?:被)?(?:吊销|吊銷|撤销|撤銷)"],
    revocationReason: ["私钥(?:泄露|泄漏)", "私鑰(?:洩露|外洩)", "错误签发", "錯誤簽發"],
    incident: ["安全事件", "验证事件", "驗證事件"],
    paymentWord: ["付款", "支付", "账单", "帳單"],
    paymentFailed: [
      "(?:付款|支付|扣款)(?:已)?(?:失败|失敗|被拒绝|被拒絕)",
      "(?:银行卡|信用卡|銀行卡)(?:被)?(?:拒绝|拒絕)",
    ],
    awaitingPayment: [
      "(?:未|尚未)(?:付款|支付|收到(?:您的)?(?:付款|款项|款項))",
      "待(?:付款|支付)",
      "逾期未付",
      "欠费",
      "欠費",
    ],
    receipt: ["(?:付款|支付)成功", "已收到(?:您的)?(?:付款|款项|款項)", "收据", "收據"],
    orderNumber: ["(?:订单|訂單)(?:号|號|编号|編號)\\s?[：:]?\\s?{ID}"],
    domainValidation: ["域名(?:验证|驗證)"],
    issued: ["(?:已)?(?:签发|簽發|颁发|頒發)(?:成功|完成)"],
  },
};
