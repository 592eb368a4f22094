import { runAlerts } from "../alerts/run";
import type { Env } from "../env";
import { errorText } from "../errors";
import { runTruthChecks } from "../truth-checks/run";

/**
 * The daily Cron Trigger. Each step is independent, and within a step each account runs apart:
 * one failing does not keep the others from running. Failures are thrown at the end so the run
 * shows as failed in the dashboard; the log names each failed account.
 */
export async function scheduled(controller: ScheduledController, env: Env, _ctx: ExecutionContext): Promise<void> {
  const now = new Date(controller.scheduledTime);
  const steps: [string, () => Promise<{ failedAccounts: number }>][] = [
    // Truth checks (revocation status, CT) run first so their findings are queued as alerts
    // before the delivery step of runAlerts sends them.
    ["truth-checks", () => runTruthChecks(env, now)],
    ["alerts", () => runAlerts(env, now)],
  ];
  const failures: string[] = [];
  for (const [name, step] of steps) {
    try {
      const result = await step();
      console.log(JSON.stringify({ cron: name, at: now.toISOString(), result }));
      if (result.failedAccounts) failures.push(`${name}: ${result.failedAccounts} account(s) failed`);
    } catch (error) {
      failures.push(`${name}: ${errorText(error)}`);
    }
  }
  if (failures.length) throw new Error(`cron steps failed: ${failures.join("; ")}`);
}
