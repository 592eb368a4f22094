// Types of `env` and `exports` from "cloudflare:workers" in tests: the Worker's bindings,
// the migrations the test set-up applies, and the main module's handlers.
import type { Env as WorkerEnv } from "../src/env";

declare global {
  namespace Cloudflare {
    interface Env extends WorkerEnv {
      TEST_MIGRATIONS: D1Migration[];
    }
    interface GlobalProps {
      mainModule: typeof import("../src/index");
    }
  }
}
