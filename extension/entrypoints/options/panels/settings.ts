import { i18n } from "#i18n";
import { h, replaceChildren } from "../../../ui/element";
import { explainError } from "../../../ui/explain";
import type { Panel } from "../context";
import { feedsCard, inboundCard, tokensCard } from "./settings-access";
import { backupCard } from "./settings-backup";
import { channelsForm } from "./settings-channels";

/** Everything `PUT /api/settings`, tokens, inbound addresses, calendar feeds and backups offer. */
export const settingsPanel: Panel = (context) => {
  const channels = h(
    "div",
    {},
    h("section", { class: "card" }, h("p", { class: "quiet", text: i18n.t("common.loading") })),
  );
  void context.client!.settings().then(
    (settings) => replaceChildren(channels, channelsForm(settings, context)),
    (error) => replaceChildren(channels, h("p", { class: "notice-bar error", text: explainError(error) })),
  );
  return h(
    "div",
    { class: "stack wide" },
    channels,
    tokensCard(context),
    feedsCard(context),
    inboundCard(context),
    backupCard(context),
  );
};
