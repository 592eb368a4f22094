import { i18n } from "#i18n";
import { browser } from "wxt/browser";
import {
  addRoundcubeOrigin,
  originPattern,
  parseRoundcubeUrl,
  removeRoundcubeOrigin,
} from "../../../utils/storage/roundcube";
import { roundcubeOriginsItem } from "../../../utils/storage/storage";
import { h, replaceChildren } from "../../../ui/element";
import type { Panel } from "../context";

/** Self-hosted Roundcube: the user adds its URL, grants the origin, and the overlay runs there. */
export const roundcubePanel: Panel = () => {
  const input = h("input", { attrs: { id: "roundcube-url", type: "url", placeholder: "https://webmail.example.com" } });
  const message = h("p", { attrs: { role: "status" } });
  const list = h("ul", { class: "origins" });

  function say(tone: "error" | "success", text: string): void {
    message.className = `notice-bar ${tone}`;
    replaceChildren(message, text);
  }

  async function drawList(): Promise<void> {
    const origins = await roundcubeOriginsItem.getValue();
    if (!origins.length) return replaceChildren(list, h("li", { class: "quiet", text: i18n.t("roundcube.none") }));
    replaceChildren(
      list,
      ...origins.map((origin) =>
        h(
          "li",
          {},
          h("span", { class: "domain", text: origin }),
          h("button", {
            class: "button small",
            text: i18n.t("roundcube.remove"),
            attrs: { type: "button" },
            on: { click: () => void removeRoundcubeOrigin(origin).then(drawList) },
          }),
        ),
      ),
    );
  }

  async function onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const parsed = parseRoundcubeUrl(input.value);
    if ("error" in parsed) return say("error", i18n.t("roundcube.invalid"));
    // Requested straight from the click: browsers only prompt during a user gesture.
    const granted = await browser.permissions.request({ origins: [originPattern(parsed.origin)] }).catch(() => false);
    if (!granted) return say("error", i18n.t("roundcube.denied", [parsed.origin]));
    try {
      await addRoundcubeOrigin(parsed.origin);
      input.value = "";
      say("success", i18n.t("roundcube.added", [parsed.origin]));
    } catch (error) {
      say("error", error instanceof Error ? error.message : String(error));
    }
    await drawList();
  }

  void drawList();
  const card = h(
    "section",
    { class: "card" },
    h("h2", { text: i18n.t("roundcube.title") }),
    h("p", { class: "quiet", text: i18n.t("roundcube.intro") }),
    h(
      "form",
      { class: "inline-form", on: { submit: (event) => void onSubmit(event) } },
      h("label", { attrs: { for: "roundcube-url" }, text: i18n.t("roundcube.url") }),
      input,
      h("button", { class: "button primary", text: i18n.t("roundcube.add"), attrs: { type: "submit" } }),
    ),
    message,
    h("h3", { text: i18n.t("roundcube.listTitle") }),
    list,
  );
  return h("div", { class: "stack" }, card);
};
