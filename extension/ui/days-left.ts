import type { ApiCertificate } from "../utils/api/api-schemas";
import { daysLeft, needsAction } from "../utils/policy/urgency";
import { h } from "./element";
import { formatDaysLeft } from "./format";

/** The days a certificate has left in words, marked `soon` or `expired` when the owner has to act. */
export function daysLeftLabel(certificate: ApiCertificate, now: Date): HTMLElement {
  const days = daysLeft(certificate, now);
  const tone = needsAction(certificate, now) ? (days < 0 ? " expired" : " soon") : "";
  return h("span", { class: `days${tone}`, text: formatDaysLeft(days) });
}
