import { i18n } from "#i18n";

const PROBLEM_TEXTS: Record<string, (message: string) => string> = {
  unreachable: () => i18n.t("problem.unreachable"),
  unauthorized: () => i18n.t("problem.unauthorized"),
  "not-certitude": () => i18n.t("problem.notCertitude"),
  "not-found": () => i18n.t("problem.notFound"),
  "not-connected": () => i18n.t("problem.notConnected"),
  server: (message) => i18n.t("problem.server", [message]),
};

/** A failed refresh or request in plain words, with the Worker's own message where it helps. */
export function explainProblem(problem: { kind: string; message: string }): string {
  return Object.hasOwn(PROBLEM_TEXTS, problem.kind) ? PROBLEM_TEXTS[problem.kind](problem.message) : problem.message;
}

/** The same, for an error thrown by the Worker client. */
export function explainError(error: unknown): string {
  if (error && typeof error === "object" && "kind" in error && typeof error.kind === "string") {
    const kind = error.kind;
    const message = error instanceof Error ? error.message : "";
    // A refused input comes with the Worker's exact reason: show it as is.
    return kind === "rejected" ? message : explainProblem({ kind, message });
  }
  return error instanceof Error ? error.message : String(error);
}
