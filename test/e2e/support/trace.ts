// CPU time on the page's main thread, read from a Chromium trace. Trace events carry `tdur`, the
// time the thread actually ran, so other processes on a busy machine do not inflate the figures.
import type { CDPSession } from "playwright-core";

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { data?: { url?: string; functionName?: string } };
}

/** Runs `work` while tracing the page's timeline, user timing and top-level tasks. */
export async function traced<T>(cdp: CDPSession, work: () => Promise<T>): Promise<{ result: T; events: TraceEvent[] }> {
  const events: TraceEvent[] = [];
  // CDP types trace events as loose objects; these carry the fields TraceEvent names.
  const collect = (payload: { value: object[] }) => {
    events.push(...(payload.value as TraceEvent[]));
  };
  cdp.on("Tracing.dataCollected", collect);
  await cdp.send("Tracing.start", {
    transferMode: "ReportEvents",
    traceConfig: {
      includedCategories: [
        "toplevel",
        "devtools.timeline",
        "blink.user_timing",
        "disabled-by-default-devtools.timeline",
      ],
    },
  });
  const result = await work();
  const complete = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve));
  await cdp.send("Tracing.end");
  await complete;
  cdp.off("Tracing.dataCollected", collect);
  return { result, events };
}

const cpu = (event: TraceEvent) => (event.tdur ?? event.dur ?? 0) / 1000;

/** CPU milliseconds of each call into the script at `scriptPath` (observer callbacks, timers). */
export function scriptCalls(events: TraceEvent[], scriptPath: string): number[] {
  return events
    .filter((e) => e.name === "FunctionCall" && e.ph === "X" && e.args?.data?.url?.endsWith(scriptPath))
    .map(cpu);
}

/**
 * CPU milliseconds the main thread ran between each `startMark` and the next `endMark` (user
 * timing marks set by the page): everything between a message appearing and its banner.
 */
export function cpuBetweenMarks(events: TraceEvent[], startMark: string, endMark: string): number[] {
  const marks = events.filter((e) => e.cat.includes("user_timing") && (e.name === startMark || e.name === endMark));
  const starts = marks.filter((e) => e.name === startMark).sort((a, b) => a.ts - b.ts);
  const ends = marks.filter((e) => e.name === endMark).sort((a, b) => a.ts - b.ts);
  const tasks = events.filter((e) => e.name === "RunTask" && e.ph === "X");
  return starts.flatMap((start) => {
    const end = ends.find((e) => e.ts > start.ts);
    if (!end) return [];
    const thread = tasks.filter((t) => t.tid === (start.tid ?? end.tid) && t.pid === start.pid);
    return [thread.filter((t) => t.ts + (t.dur ?? 0) > start.ts && t.ts < end.ts).reduce((sum, t) => sum + cpu(t), 0)];
  });
}
