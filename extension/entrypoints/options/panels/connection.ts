import { i18n } from "#i18n";
import { browser } from "wxt/browser";
import {
  checkWorkerUrl,
  connectToWorker,
  disconnect,
  workerOriginPattern,
  type ConnectProblem,
} from "../../../utils/api/connect";
import { h, replaceChildren } from "../../../ui/element";
import { formatDate } from "../../../ui/format";
import type { Panel } from "../context";

/** The Worker URL and API token form; checks both and says exactly what is wrong. */
export const connectionPanel: Panel = (context) => {
  const url = h("input", {
    attrs: {
      id: "worker-url",
      type: "url",
      required: "",
      autocomplete: "url",
      placeholder: "https://certitude.example.workers.dev",
    },
  });
  const token = h("input", {
    attrs: {
      id: "api-token",
      type: "password",
      required: "",
      autocomplete: "off",
      spellcheck: "false",
      "aria-describedby": "api-token-scope",
    },
  });
  // A link from `npm run setup` names the Worker: `#connection?worker=<url>`.
  const suggested = new URLSearchParams(location.hash.split("?")[1] ?? "").get("worker");
  url.value = suggested ?? context.connection?.workerUrl ?? "";
  const message = h("p", { class: "form-message", attrs: { role: "status", "aria-live": "polite" } });
  const submit = h("button", { class: "button primary", text: i18n.t("connect.button"), attrs: { type: "submit" } });

  const form = h(
    "form",
    { class: "card form", on: { submit: (event) => void onSubmit(event) } },
    h("h2", { text: context.connection ? i18n.t("connect.changeTitle") : i18n.t("connect.title") }),
    h("p", { class: "quiet", text: i18n.t("connect.intro") }),
    h("label", { attrs: { for: "worker-url" }, text: i18n.t("connect.workerUrl") }),
    url,
    h("label", { attrs: { for: "api-token" }, text: i18n.t("connect.apiToken") }),
    token,
    h("p", { class: "quiet", attrs: { id: "api-token-scope" }, text: i18n.t("connect.scopeHint") }),
    h("div", { class: "form-actions" }, submit),
    message,
  );

  async function onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const checked = checkWorkerUrl(url.value);
    if (!checked.ok) return say("error", problemText(checked.problem));
    const { workerUrl } = checked;
    // Asked first, while the click still counts as a user gesture.
    const granted = await browser.permissions.request({ origins: [workerOriginPattern(workerUrl)] }).catch(() => false);
    if (!granted) return say("error", problemText("permission-denied"));
    submit.disabled = true;
    say("info", i18n.t("connect.checking"));
    const result = await connectToWorker(workerUrl, token.value);
    submit.disabled = false;
    if (!result.ok) return say("error", problemText(result.problem, result.detail));
    say("success", i18n.t("connect.connected", [result.connection.version]));
    await context.refresh();
    context.navigate("certificates");
  }

  function say(tone: "info" | "error" | "success", text: string): void {
    message.className = `form-message notice-bar ${tone}`;
    replaceChildren(message, text);
  }

  const current = context.connection
    ? h(
        "section",
        { class: "card" },
        h("h2", { text: i18n.t("connect.currentTitle") }),
        h(
          "dl",
          { class: "facts" },
          h("dt", { text: i18n.t("connect.workerUrl") }),
          h("dd", { text: context.connection.workerUrl }),
          h("dt", { text: i18n.t("connect.version") }),
          h("dd", { text: context.connection.version }),
          h("dt", { text: i18n.t("connect.since") }),
          h("dd", { text: formatDate(context.connection.connectedAt) }),
        ),
        h("button", {
          class: "button",
          text: i18n.t("connect.disconnect"),
          on: { click: () => void disconnect().then(context.reload) },
        }),
      )
    : null;

  return h("div", { class: "stack" }, current, form);
};

const PROBLEM_TEXTS: Record<ConnectProblem, (detail: string) => string> = {
  "invalid-url": () => i18n.t("connect.problem.invalidUrl"),
  "insecure-url": () => i18n.t("connect.problem.insecureUrl"),
  "missing-token": () => i18n.t("connect.problem.missingToken"),
  "permission-denied": () => i18n.t("connect.problem.permissionDenied"),
  unreachable: () => i18n.t("connect.problem.unreachable"),
  "not-certitude": () => i18n.t("connect.problem.notCertitude"),
  "bad-token": () => i18n.t("connect.problem.badToken"),
  // The Worker's own words name the scope the token lacks.
  forbidden: (detail) => detail,
  server: () => i18n.t("connect.problem.server"),
};

function problemText(problem: ConnectProblem, detail = ""): string {
  return PROBLEM_TEXTS[problem](detail);
}
