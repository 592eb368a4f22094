/** Bindings and variables the Worker receives (wrangler.toml, secrets, .dev.vars). */
export interface Env {
  DB: D1Database;
  ADMIN_TOKEN: string;
  APP_VERSION: string;
}
