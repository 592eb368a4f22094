import { runAlerts } from "../alerts/run";
import type { Env } from "../env";
import { runTruthChecks } from "../truth-checks/run";

/**
 * The daily Cron Trigger. Each step is independent: one failing does not keep the others from
 * running, and the failure is thrown at the end so the run shows as failed in the dashboard.
 */
export async function scheduled(controller: ScheduledController, env: Env, _ctx: ExecutionContext): Promise<void> {
  const now = new Date(controller.scheduledTime);
  const steps: [string, () => Promise<unknown>][] = [
    // Truth checks (revocation status, CT) run first so their findings are queued as alerts
    // before the delivery step of runAlerts sends them.
    ["truth-checks", () => runTruthChecks(env, now)],
    ["alerts", () => runAlerts(env, now)],
  ];
  const failures: string[] = [];
  for (const [name, step] of steps) {
    try {
      console.log(JSON.stringify({ cron: name, at: now.toISOString(), result: await step() }));
    } catch (error) {
      failures.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (failures.length) throw new Error(`cron steps failed: ${failures.join("; ")}`);
}
