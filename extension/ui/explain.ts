import { i18n } from "#i18n";

/** A failed refresh or request in plain words, with the Worker's own message where it helps. */
export function explainProblem(problem: { kind: string; message: string }): string {
  switch (problem.kind) {
    case "unreachable":
      return i18n.t("problem.unreachable");
    case "unauthorized":
      return i18n.t("problem.unauthorized");
    case "not-certitude":
      return i18n.t("problem.notCertitude");
    case "not-found":
      return i18n.t("problem.notFound");
    case "not-connected":
      return i18n.t("problem.notConnected");
    case "server":
      return i18n.t("problem.server", [problem.message]);
    default:
      return problem.message;
  }
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
