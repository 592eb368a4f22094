/** Bindings and variables the Worker receives (wrangler.toml, secrets, .dev.vars). */
export interface Env {
  DB: D1Database;
  /** The operator's secret for creating accounts; at least 32 characters or admin routes refuse it. */
  ADMIN_TOKEN: string;
  /** Rate limiting binding (`[[ratelimits]]`) counting failed authentications per client IP. */
  AUTH_FAILURES?: RateLimit;
  APP_VERSION: string;
  /** Domain of the inbound notice addresses, e.g. "certitude.example" (Email Routing). */
  INBOUND_EMAIL_DOMAIN: string;
  /** Sender of alert emails; must be an address on a domain with Email Routing. */
  ALERT_FROM_ADDRESS: string;
  /** Public address of this Worker; alerts link to `<APP_URL>/api/certificates/<id>`. */
  APP_URL?: string;
  /** Producer of the accounts queue (account walk pages and one run per account). */
  ACCOUNT_QUEUE: Queue<import("./queues/messages").AccountsQueueMessage>;
  /** Producer of the delivery queue (alerts to one channel per message). */
  DELIVERY_QUEUE: Queue<import("./queues/messages").DeliveryMessage>;
  /** Cloudflare `send_email` binding for alert emails. */
  ALERT_EMAIL: SendEmail;
  /** CT search service: "crtsh" (default) or "certspotter". */
  CT_PROVIDER?: string;
  /** Base URL of crt.sh (or a compatible mirror); default https://crt.sh. */
  CT_SEARCH_URL?: string;
  /** Base URL of the Cert Spotter API; default https://api.certspotter.com. */
  CERTSPOTTER_URL?: string;
  /** Cert Spotter API key (secret), optional: without it the anonymous quota applies. */
  CERTSPOTTER_API_KEY?: string;
  /** Deadline of each request to a CA or CT server, in ms; default 10000. */
  OUTBOUND_TIMEOUT_MS?: string;
  /**
   * "true" lets outbound requests (webhooks, CAs, CT) reach loopback and private addresses and
   * webhooks use plain http: for local development and tests only, never in production.
   */
  OUTBOUND_ALLOW_PRIVATE?: string;
  /** Largest CRL the Worker downloads, in bytes; default 5000000. */
  CRL_MAX_BYTES?: string;
  /** DNS-over-HTTPS JSON endpoint for DKIM key lookups; default https://cloudflare-dns.com/dns-query. */
  DKIM_DOH_URL?: string;
  /** Outbound requests one cron run of the truth checks may make; default 10 (free plan). */
  TRUTH_CHECK_MAX_REQUESTS?: string;
}
