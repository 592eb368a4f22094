// A webmail's markup changes without notice. When an adapter stops finding what it needs, one
// line in the console says so; repeating it on every mutation batch would flood the user's page.
const said = new Set<string>();

/** Logs `problem` for `provider` the first time only. */
export function logOnce(provider: string, problem: string, error?: unknown): void {
  const key = `${provider}:${problem}`;
  if (said.has(key)) return;
  said.add(key);
  console.info(`[Certitude] ${provider}: ${problem}`, ...(error === undefined ? [] : [error]));
}
