import { i18n } from "#i18n";
import { dropZone } from "../../../ui/drop-zone";
import { h, replaceChildren } from "../../../ui/element";
import { explainError } from "../../../ui/explain";
import { asNotice, assessEmail } from "../check-email";
import type { Panel } from "../context";
import { assessmentView } from "./notice-detail";

/**
 * Check a vendor email before trusting it: drop an .eml file or paste its source. The shared
 * engine judges it here, against the cached certificates, so it works offline and sends nothing
 * until the user chooses to keep it as a notice.
 */
export const checkPanel: Panel = (context) => {
  const source = h("textarea", {
    attrs: { id: "eml-source", rows: "10", spellcheck: "false", placeholder: "From: …\nSubject: …\nDate: …\n\n…" },
  });
  const result = h("div", { class: "check-result", attrs: { "aria-live": "polite" } });
  let raw: Uint8Array<ArrayBuffer> | null = null;

  async function checkFile(file: File): Promise<void> {
    raw = new Uint8Array(await file.arrayBuffer());
    await check();
  }

  async function check(): Promise<void> {
    if (!raw?.length) return;
    const assessment = await assessEmail(raw, context.certificates, context.now);
    const store = h("button", {
      class: "button",
      text: i18n.t("check.store"),
      attrs: { type: "button" },
      on: { click: () => void keep(store) },
    });
    replaceChildren(
      result,
      h(
        "section",
        { class: "card detail" },
        ...assessmentView(asNotice(assessment), context),
        context.client ? h("div", { class: "form-actions" }, store) : null,
      ),
    );
  }

  async function keep(button: HTMLButtonElement): Promise<void> {
    if (!raw || !context.client) return;
    button.disabled = true;
    try {
      await context.client.storeRawNotice(raw);
      context.navigate("notices");
    } catch (error) {
      button.disabled = false;
      result.append(h("p", { class: "notice-bar error", text: explainError(error) }));
    }
  }

  return h(
    "div",
    { class: "split" },
    h(
      "section",
      { class: "card" },
      h("h2", { text: i18n.t("check.title") }),
      h("p", { class: "quiet", text: i18n.t("check.intro") }),
      dropZone({
        inputId: "eml-file",
        accept: ".eml,message/rfc822",
        multiple: false,
        title: i18n.t("check.drop"),
        onFiles: ([file]) => void checkFile(file),
      }),
      h("label", { attrs: { for: "eml-source" }, text: i18n.t("check.paste") }),
      source,
      h(
        "div",
        { class: "form-actions" },
        h("button", {
          class: "button primary",
          text: i18n.t("check.button"),
          attrs: { type: "button" },
          on: {
            click: () => {
              raw = new TextEncoder().encode(source.value);
              void check();
            },
          },
        }),
      ),
    ),
    result,
  );
};
