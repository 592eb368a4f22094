import { app } from "./app";
import type { Env } from "./env";
import { email } from "./handlers/email";
import { queue } from "./handlers/queue";
import { scheduled } from "./handlers/scheduled";

export default { fetch: app.fetch, email, scheduled, queue } satisfies ExportedHandler<Env>;
