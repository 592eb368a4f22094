import type { NoticeRule } from "./types";

/** Rules that read claims about money and orders. */
export const PAYMENT_RULES: readonly NoticeRule[] = [
  // Read in every language: a subject such as "Zahlung fehlgeschlagen" may stand above a body of English marketing.
  {
    id: "payment.failed",
    description: "Says a payment failed, was declined or not accepted",
    phrase: "paymentFailed",
    claim: "payment-failed",
    everyLanguage: true,
  },
  {
    id: "payment.awaiting",
    description: "Says an invoice or order awaits payment or is overdue",
    phrase: "awaitingPayment",
    claim: "awaiting-payment",
  },
  // Not unlessNegated: the words themselves deny ("impago", "nezaplacení"), so a negation test would silence them all.
  {
    id: "payment.non-payment",
    description: 'Names non-payment as a cause: "for non-payment", "wegen Nichtzahlung", "por falta de pago"',
    phrase: "nonPayment",
    claim: "awaiting-payment",
  },
  {
    id: "payment.fee",
    description: "Demands a fee (customs, shipping, reactivation): money claimed whatever was sold",
    phrase: "feeDue",
    claim: "awaiting-payment",
  },
  {
    id: "payment.receipt",
    description: "Confirms a payment was made (a receipt)",
    phrase: "receipt",
    claim: "receipt",
    unlessNegated: true,
  },
  {
    id: "payment.invoice-number",
    description: "Names an invoice number (not an order: it never makes an order foreign)",
    phrase: "invoiceNumber",
    claim: "invoice-number",
    value: "id",
    everyLanguage: true,
  },
  {
    id: "payment.order-number",
    description: "Names an order or invoice number",
    phrase: "orderNumber",
    claim: "order-number",
    value: "id",
    everyLanguage: true,
  },
];
