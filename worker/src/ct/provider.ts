import { outboundLimits } from "../outbound/bounded-fetch";
import type { CtSearchProvider } from "./candidate";
import { certSpotterProvider } from "./certspotter";
import { crtShProvider } from "./crtsh";

/** The CT settings of the Worker (wrangler.toml [vars], CERTSPOTTER_API_KEY as a secret). */
export interface CtConfig {
  CT_PROVIDER?: string;
  CT_SEARCH_URL?: string;
  CERTSPOTTER_URL?: string;
  CERTSPOTTER_API_KEY?: string;
  OUTBOUND_TIMEOUT_MS?: string;
  OUTBOUND_ALLOW_PRIVATE?: string;
}

/** The configured CT search service: crt.sh unless CT_PROVIDER is "certspotter". */
export function ctProvider(env: CtConfig): CtSearchProvider {
  const outbound = outboundLimits(env);
  if (env.CT_PROVIDER === "certspotter") {
    return certSpotterProvider(env.CERTSPOTTER_URL || "https://api.certspotter.com", outbound, env.CERTSPOTTER_API_KEY);
  }
  return crtShProvider(env.CT_SEARCH_URL || "https://crt.sh", outbound);
}
