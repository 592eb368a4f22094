import { i18n } from "#i18n";
import { h, replaceChildren } from "../../../ui/element";
import { explainError } from "../../../ui/explain";
import { formatDate } from "../../../ui/format";
import { today } from "../../../ui/save-file";
import type { DashboardContext } from "../context";
import { downloadButton } from "./download-button";

const SCOPES = ["read", "write", "owner"] as const;
/** A scope in words; one this version does not know is shown as the Worker sent it. */
const scopeLabel = (scope: string) =>
  (SCOPES as readonly string[]).includes(scope) ? i18n.t(`settings.scopes.${scope as (typeof SCOPES)[number]}`) : scope;

/** A list loaded from the Worker with a line per item, an add form and a message line. */
function managedList<T>(options: {
  id: string;
  title: string;
  intro: string;
  load: () => Promise<T[]>;
  item: (value: T, redraw: () => Promise<void>, say: (text: string, error?: boolean) => void) => HTMLElement;
  form: (redraw: () => Promise<void>, say: (text: string | Node, error?: boolean) => void) => HTMLElement;
}): HTMLElement {
  const list = h("ul", { class: "section-list" });
  const message = h("div", { attrs: { role: "status" } });
  const say = (text: string | Node, error = false) =>
    replaceChildren(message, h("div", { class: error ? "notice-bar error" : "notice-bar ok" }, text));
  async function redraw(): Promise<void> {
    try {
      const items = await options.load();
      replaceChildren(
        list,
        ...(items.length
          ? items.map((i) => options.item(i, redraw, say))
          : [h("li", { class: "quiet", text: i18n.t("settings.noneYet") })]),
      );
    } catch (error) {
      replaceChildren(list, h("li", { class: "notice-bar error", text: explainError(error) }));
    }
  }
  void redraw();
  return h(
    "section",
    { class: "card", attrs: { id: options.id } },
    h("h2", { text: options.title }),
    h("p", { class: "quiet", text: options.intro }),
    list,
    options.form(redraw, say),
    message,
  );
}

const shownOnce = (label: string, secret: string) =>
  h("div", {}, h("p", { text: label }), h("p", { class: "secret", attrs: { "data-secret": "" }, text: secret }));
const failing = (say: (t: string, e?: boolean) => void, work: () => Promise<unknown>) =>
  work().catch((error) => say(explainError(error), true));

/** "Revoked on <date>" for a revoked secret, else the button that revokes it. */
const revokeControl = (
  revokedAt: string | null | undefined,
  say: (t: string, e?: boolean) => void,
  revoke: () => Promise<unknown>,
) =>
  revokedAt
    ? h("span", { class: "quiet", text: i18n.t("settings.revokedOn", [formatDate(revokedAt)]) })
    : h("button", {
        class: "button small danger",
        text: i18n.t("settings.revoke"),
        attrs: { type: "button" },
        on: { click: () => void failing(say, revoke) },
      });

/** The account's API tokens with their scopes: create one (shown once) and revoke. */
export function tokensCard(context: DashboardContext): HTMLElement {
  return managedList({
    id: "tokens",
    title: i18n.t("settings.tokensTitle"),
    intro: i18n.t("settings.tokensIntro"),
    load: async () => (await context.client!.tokens()).tokens,
    item: (token, redraw, say) =>
      h(
        "li",
        { attrs: { "data-token": token.id } },
        h(
          "span",
          {},
          h("strong", { text: token.name }),
          " ",
          h("span", {
            class: "chip",
            attrs: { "data-scope": token.scope ?? "owner" },
            text: scopeLabel(token.scope ?? "owner"),
          }),
          h("span", { class: "quiet small", text: ` ${formatDate(token.createdAt)}` }),
        ),
        revokeControl(token.revokedAt, say, async () => {
          await context.client!.revokeToken(token.id);
          await redraw();
        }),
      ),
    form: (redraw, say) => {
      const name = h("input", { attrs: { id: "token-name", required: "", placeholder: "anna@laptop" } });
      const scope = h(
        "select",
        { attrs: { id: "token-scope", "aria-label": i18n.t("settings.scope") } },
        ...SCOPES.map((s) => h("option", { text: i18n.t(`settings.scopes.${s}`), attrs: { value: s } })),
      );
      return h(
        "form",
        {
          class: "inline-form",
          on: {
            submit: (e) => {
              e.preventDefault();
              void failing(say, async () => {
                const created = await context.client!.createToken(name.value.trim(), scope.value);
                say(shownOnce(i18n.t("settings.tokenCreated"), created.token));
                name.value = "";
                await redraw();
              });
            },
          },
        },
        h("label", { attrs: { for: "token-name" }, text: i18n.t("settings.tokenName") }),
        name,
        scope,
        h("button", { class: "button", text: i18n.t("settings.createToken"), attrs: { type: "submit" } }),
      );
    },
  });
}

/** Secret calendar feed URLs a calendar app subscribes to without a token; revoked here. */
export function feedsCard(context: DashboardContext): HTMLElement {
  return managedList({
    id: "calendar-feeds",
    title: i18n.t("settings.calendarTitle"),
    intro: i18n.t("settings.calendarIntro"),
    load: async () => (await context.client!.calendarFeeds()).feeds,
    item: (feed, redraw, say) =>
      h(
        "li",
        { attrs: { "data-feed": feed.id } },
        h("span", { text: i18n.t("settings.feedCreated", [formatDate(feed.createdAt)]) }),
        revokeControl(feed.revokedAt, say, async () => {
          await context.client!.revokeCalendarFeed(feed.id);
          await redraw();
        }),
      ),
    form: (redraw, say) =>
      h(
        "div",
        { class: "form-actions" },
        downloadButton(
          context,
          i18n.t("settings.downloadCalendar"),
          "api/calendar.ics",
          () => `certitude-${today()}.ics`,
        ),
        h("button", {
          class: "button",
          text: i18n.t("settings.createFeed"),
          attrs: { type: "button" },
          on: {
            click: () =>
              void failing(say, async () => {
                const created = await context.client!.createCalendarFeed();
                say(shownOnce(i18n.t("settings.feedUrl"), created.url));
                await redraw();
              }),
          },
        }),
      ),
  });
}

/** Email Routing addresses that file mail into the account. */
export function inboundCard(context: DashboardContext): HTMLElement {
  return managedList({
    id: "inbound-addresses",
    title: i18n.t("settings.inboundTitle"),
    intro: i18n.t("settings.inboundIntro"),
    load: async () => (await context.client!.inboundAddresses()).inboundAddresses,
    item: (address, redraw, say) =>
      h(
        "li",
        { attrs: { "data-address": address.address } },
        h("code", { text: address.address }),
        h("button", {
          class: "button small danger",
          text: i18n.t("settings.remove"),
          attrs: { type: "button" },
          on: {
            click: () =>
              void failing(
                say,
                async () => (await context.client!.deleteInboundAddress(address.address), await redraw()),
              ),
          },
        }),
      ),
    form: (redraw, say) =>
      h(
        "div",
        { class: "form-actions" },
        h("button", {
          class: "button",
          text: i18n.t("settings.createInbound"),
          attrs: { type: "button" },
          on: {
            click: () => void failing(say, async () => (await context.client!.createInboundAddress(), await redraw())),
          },
        }),
      ),
  });
}
