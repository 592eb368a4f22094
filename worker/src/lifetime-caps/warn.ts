import { enqueueAlerts } from "../alerts/enqueue";
import { daysUntil } from "../alerts/thresholds";
import { listManualRenewCertificates } from "../db/manual-renewals";
import { longDate, renewalsPerYear, stepAhead } from "./renewals";

/**
 * Warns, once per step and certificate, about the next lifetime cap (SC-081) for every `renew`
 * certificate renewed by hand: "from 15 Mar 2027 this certificate can last 100 days: renew 4
 * times a year, or automate". Nothing is read outside the 90 days before a step. Returns how many
 * warnings were new.
 */
export async function queueLifetimeCapWarnings(db: D1Database, accountId: string, now: Date): Promise<number> {
  const step = stepAhead(now);
  if (!step) return 0;
  const certificates = await listManualRenewCertificates(db, accountId, now.toISOString());
  const times = renewalsPerYear(step.maxDays);
  const when = longDate(step.from);
  return enqueueAlerts(
    db,
    certificates.map((cert) => ({
      accountId,
      certificateId: cert.id,
      type: "lifetime-cap",
      dedupeKey: `lifetime-cap:${cert.id}:${step.from}`,
      title: `From ${when} ${cert.commonName} can last ${step.maxDays} days: renew ${times} times a year, or automate`,
      message:
        `From ${when} this certificate can last ${step.maxDays} days: renew ${times} times a year, or automate ` +
        `(ACME with autoRenew). Domain validations can then be reused for ${step.dcvReuseDays} days. Source: ${step.source}.`,
      data: {
        notAfter: cert.notAfter,
        daysLeft: daysUntil(cert.notAfter, now),
        intent: "renew",
        commonName: cert.commonName,
        capFrom: step.from,
        maxDays: step.maxDays,
        dcvReuseDays: step.dcvReuseDays,
        renewalsPerYear: times,
      },
      createdAt: now.toISOString(),
    })),
  );
}
