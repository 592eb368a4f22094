/** Bindings and variables the Worker receives (wrangler.toml, secrets, .dev.vars). */
export interface Env {
  DB: D1Database;
  ADMIN_TOKEN: string;
  APP_VERSION: string;
  /** Domain of the inbound notice addresses, e.g. "certitude.example" (Email Routing). */
  INBOUND_EMAIL_DOMAIN: string;
  /** Sender of alert emails; must be an address on a domain with Email Routing. */
  ALERT_FROM_ADDRESS: string;
  /** Cloudflare `send_email` binding for alert emails. */
  ALERT_EMAIL: SendEmail;
}
