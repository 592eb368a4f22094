import { i18n } from "#i18n";
import { h, replaceChildren } from "../../../ui/element";
import { explainError } from "../../../ui/explain";
import { saveFile, today } from "../../../ui/save-file";
import type { DashboardContext } from "../context";

/** The whole account as one JSON file, and loading such a file into an empty account. */
export function backupCard(context: DashboardContext): HTMLElement {
  const message = h("div", { attrs: { role: "status" } });
  const say = (text: string, error = false) =>
    replaceChildren(message, h("p", { class: error ? "notice-bar error" : "notice-bar ok", text }));
  const exportButton = h("button", {
    class: "button",
    text: i18n.t("backup.export"),
    attrs: { type: "button" },
    on: {
      click: async () => {
        try {
          const document = await context.client!.exportAccount();
          saveFile(
            new Blob([JSON.stringify(document, null, 2)], { type: "application/json" }),
            `certitude-export-${today()}.json`,
          );
          say(i18n.t("backup.exported"));
        } catch (error) {
          say(explainError(error), true);
        }
      },
    },
  });
  const file = h("input", {
    attrs: { id: "backup-file", type: "file", accept: ".json,application/json" },
    on: {
      change: async () => {
        const chosen = file.files?.[0];
        if (!chosen) return;
        try {
          const answer = await context.client!.importAccount(await chosen.text());
          const total = Object.values(answer.imported).reduce((a, b) => a + b, 0);
          const skipped = Object.values(answer.skipped).reduce((a, b) => a + b, 0);
          say(i18n.t("backup.imported", [String(total), String(skipped)]));
          await context.refresh();
        } catch (error) {
          say(explainError(error), true);
        } finally {
          file.value = "";
        }
      },
    },
  });
  return h(
    "section",
    { class: "card" },
    h("h2", { text: i18n.t("backup.title") }),
    h("p", { class: "quiet", text: i18n.t("backup.intro") }),
    h(
      "div",
      { class: "form-actions" },
      exportButton,
      h("label", { attrs: { for: "backup-file" }, text: i18n.t("backup.import") }),
      file,
    ),
    message,
  );
}
