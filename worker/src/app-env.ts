import type { Scope } from "./auth/scopes";
import type { Env } from "./env";

/** The authenticated caller, set by `requireAccount`. */
export interface AccountRef {
  id: string;
  name: string;
}

/** Hono environment of every Certitude route: Worker bindings plus the caller. */
export type AppEnv = {
  Bindings: Env;
  Variables: { account: AccountRef; tokenId: string; tokenName: string; scope: Scope };
};
