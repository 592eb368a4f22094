import { z } from "zod";
import { boundedFetch, jsonBody, type OutboundLimits } from "../outbound/bounded-fetch";

const MAX_BYTES = 64 * 1024;

const DirectorySchema = z.object({ renewalInfo: z.url().optional() });
const RenewalInfoSchema = z.object({
  suggestedWindow: z.object({ start: z.iso.datetime({ offset: true }), end: z.iso.datetime({ offset: true }) }),
  explanationURL: z.url().optional(),
});

/** A renewal window as the CA suggests it (RFC 9773 §4.2). */
export interface RenewalInfo {
  windowStart: string;
  windowEnd: string;
  explanationUrl: string | null;
}

export type AriResult = { ok: true; info: RenewalInfo } | { ok: false; detail: string };

/** The directory's `renewalInfo` URL: null when the CA offers no ARI. */
export async function fetchRenewalInfoUrl(
  directory: string,
  limits: OutboundLimits,
): Promise<{ ok: true; url: string | null } | { ok: false; detail: string }> {
  const answer = await boundedFetch(directory, {
    ...limits,
    maxBytes: MAX_BYTES,
    headers: { Accept: "application/json" },
  });
  if (!answer.ok) return { ok: false, detail: answer.detail };
  const parsed = DirectorySchema.safeParse(jsonBody(answer.body));
  if (!parsed.success) return { ok: false, detail: `${new URL(directory).host} sent no ACME directory` };
  return { ok: true, url: parsed.data.renewalInfo ?? null };
}

/** GET `<renewalInfo>/<certificate ID>`: the suggested window and, when the CA gives one, why. */
export async function fetchRenewalInfo(
  renewalInfoUrl: string,
  certId: string,
  limits: OutboundLimits,
): Promise<AriResult> {
  const url = `${renewalInfoUrl.replace(/\/+$/, "")}/${certId}`;
  const answer = await boundedFetch(url, { ...limits, maxBytes: MAX_BYTES, headers: { Accept: "application/json" } });
  if (!answer.ok) return { ok: false, detail: answer.detail };
  const parsed = RenewalInfoSchema.safeParse(jsonBody(answer.body));
  if (!parsed.success) return { ok: false, detail: `${new URL(url).host} sent no renewal window` };
  const { suggestedWindow, explanationURL } = parsed.data;
  const [start, end] = [new Date(suggestedWindow.start), new Date(suggestedWindow.end)];
  if (end <= start) return { ok: false, detail: `${new URL(url).host} sent a window that ends before it starts` };
  return {
    ok: true,
    info: { windowStart: start.toISOString(), windowEnd: end.toISOString(), explanationUrl: explanationURL ?? null },
  };
}

/**
 * Whether the CA asks for renewal earlier than usual: the window starts before two thirds of the
 * lifetime (where CAs normally put it), or the CA explains itself (explanationURL), as for a
 * mass revocation.
 */
export function isEarlyRenewal(info: RenewalInfo, cert: { notBefore: string | null; notAfter: string }): boolean {
  if (info.explanationUrl) return true;
  if (!cert.notBefore) return false;
  const [from, to] = [Date.parse(cert.notBefore), Date.parse(cert.notAfter)];
  return Date.parse(info.windowStart) < from + ((to - from) * 2) / 3;
}
