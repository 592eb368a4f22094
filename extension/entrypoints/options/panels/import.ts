import { i18n } from "#i18n";
import { dropZone } from "../../../ui/drop-zone";
import { h, replaceChildren } from "../../../ui/element";
import type { DashboardContext, Panel } from "../context";
import { importSources, pastedSource, readFiles, type ImportResult, type ImportSource } from "../import-files";

// The last import's results survive the redraw that follows it.
let lastResults: ImportResult[] = [];

/** Paste or drop PEM files, many at once; each file gets its own result. */
export const importPanel: Panel = (context) => h("div", { class: "stack" }, ...importCards(context));

/** The drop zone and paste field, and the results of the last import. */
export function importCards(context: DashboardContext): HTMLElement[] {
  const results = h("ul", { class: "results", attrs: { "aria-live": "polite" } }, ...lastResults.map(resultItem));
  const paste = h("textarea", {
    attrs: {
      id: "pem-paste",
      rows: "8",
      spellcheck: "false",
      placeholder: "-----BEGIN CERTIFICATE-----\n…\n-----END CERTIFICATE-----",
    },
  });
  const drop = dropZone({
    inputId: "pem-files",
    accept:
      ".pem,.crt,.cer,.der,.txt,.p7b,.p7c,.p12,.pfx,.json,application/x-pem-file,application/pkix-cert,application/pkcs7-mime,application/x-pkcs7-certificates,application/json",
    multiple: true,
    title: i18n.t("import.drop"),
    hint: i18n.t("import.dropHint"),
    onFiles: (files) => void run(readFiles(files)),
  });
  const importPasted = h("button", {
    class: "button primary",
    text: i18n.t("import.importPasted"),
    attrs: { type: "button" },
    on: {
      click: () =>
        paste.value.trim() && void run(Promise.resolve([pastedSource(i18n.t("import.pastedName"), paste.value)])),
    },
  });

  async function run(sourcesPromise: Promise<ImportSource[]>): Promise<void> {
    const sources = await sourcesPromise;
    replaceChildren(results, h("li", { class: "quiet", text: i18n.t("import.working", sources.length) }));
    const outcome = await importSources(context.client!, sources);
    lastResults = outcome;
    replaceChildren(results, ...outcome.map(resultItem));
    if (outcome.some((r) => r.ok)) await context.refresh();
  }

  return [
    h(
      "section",
      { class: "card" },
      h("h2", { text: i18n.t("import.title") }),
      h("p", { class: "quiet", text: i18n.t("import.intro") }),
      drop,
      h("label", { attrs: { for: "pem-paste" }, text: i18n.t("import.paste") }),
      paste,
      h("div", { class: "form-actions" }, importPasted),
    ),
    h("section", { class: "card" }, h("h2", { text: i18n.t("import.results") }), results),
  ];
}

function resultItem(result: ImportResult): HTMLElement {
  const text = result.ok
    ? result.created === 0
      ? i18n.t("import.known", [result.commonNames.join(", ")])
      : i18n.t("import.imported", result.commonNames.length, [
          String(result.commonNames.length),
          result.commonNames.join(", "),
        ])
    : result.reason === "not-a-certificate"
      ? i18n.t("import.notACertificate")
      : result.message;
  return h(
    "li",
    { class: result.ok ? "result ok" : "result failed" },
    h("span", { class: "result-mark", text: result.ok ? "✓" : "✕", attrs: { "aria-hidden": "true" } }),
    h("strong", { text: result.name }),
    h("span", { text }),
  );
}
