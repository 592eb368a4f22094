/** Creates `<root>/.dev.vars` from `.dev.vars.example` with a random ADMIN_TOKEN unless it exists. */
export function ensureDevVars(root: string): { path: string; created: boolean };
