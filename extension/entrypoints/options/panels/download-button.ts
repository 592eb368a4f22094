import { h, replaceChildren } from "../../../ui/element";
import { explainError } from "../../../ui/explain";
import { saveFile } from "../../../ui/save-file";
import type { DashboardContext } from "../context";

/** A button that downloads a file the Worker serves with the token, and says why when it cannot. */
export function downloadButton(
  context: DashboardContext,
  label: string,
  path: string,
  filename: () => string,
): HTMLElement {
  const problem = h("span", { class: "quiet", attrs: { role: "status" } });
  const button = h("button", {
    class: "button",
    text: label,
    attrs: { type: "button" },
    on: {
      click: async () => {
        replaceChildren(problem);
        try {
          saveFile(await context.client!.download(path), filename());
        } catch (error) {
          replaceChildren(problem, explainError(error));
        }
      },
    },
  });
  return h("span", { class: "download" }, button, problem);
}
