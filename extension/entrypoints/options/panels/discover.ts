import { i18n } from "#i18n";
import type { CtCandidate } from "../../../utils/api/account-schemas";
import { h, replaceChildren } from "../../../ui/element";
import { explainError } from "../../../ui/explain";
import { formatDate } from "../../../ui/format";
import type { DashboardContext } from "../context";

// The last import's answer survives the redraw that follows it.
let lastStatus: { text: string; tone: string } | null = null;

/** Certificates of a domain from Certificate Transparency; the chosen ones are imported. */
export function discoverCard(context: DashboardContext): HTMLElement {
  const domain = h("input", { attrs: { id: "discover-domain", placeholder: "example.com", required: "" } });
  const subdomains = h("input", { attrs: { id: "discover-subdomains", type: "checkbox", checked: "" } });
  const results = h(
    "div",
    { attrs: { "aria-live": "polite" } },
    lastStatus ? h("p", { class: lastStatus.tone, attrs: { role: "status" }, text: lastStatus.text }) : null,
  );
  lastStatus = null;

  async function search(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    replaceChildren(results, h("p", { class: "quiet", text: i18n.t("common.loading") }));
    try {
      const answer = await context.client!.discover(domain.value.trim(), subdomains.checked);
      replaceChildren(
        results,
        answer.candidates.length
          ? candidates(answer.domain, answer.candidates)
          : h("p", { class: "empty-state", text: i18n.t("discover.none") }),
      );
    } catch (error) {
      replaceChildren(results, h("p", { class: "notice-bar error", text: explainError(error) }));
    }
  }

  function candidates(name: string, found: CtCandidate[]): HTMLElement {
    const boxes = new Map<string, HTMLInputElement>();
    const rows = found.map((c) => {
      const box = h("input", {
        attrs: {
          type: "checkbox",
          "aria-label": c.commonName ?? c.names[0] ?? c.id,
          ...(c.owned ? { disabled: "" } : {}),
        },
      });
      boxes.set(c.id, box);
      return h(
        "tr",
        { attrs: { "data-id": c.id } },
        h("td", { class: "check" }, box),
        h("td", { text: c.commonName ?? c.names[0] ?? "—" }),
        h("td", { text: c.issuer }),
        h("td", { text: formatDate(c.notAfter) }),
        h("td", { text: c.owned ? i18n.t("discover.owned") : "" }),
      );
    });
    const status = h("p", { attrs: { role: "status" } });
    const importButton = h("button", {
      class: "button primary",
      text: i18n.t("discover.import"),
      attrs: { type: "button" },
      on: {
        click: async () => {
          const ids = [...boxes].filter(([, box]) => box.checked).map(([id]) => id);
          if (!ids.length) return replaceChildren(status, i18n.t("discover.chooseFirst"));
          try {
            const answer = await context.client!.discoverImport(name, ids);
            const text = [
              i18n.t("discover.imported", [String(answer.imported.length), String(answer.failed.length)]),
              ...answer.failed.map((f) => f.error),
            ].join(" ");
            lastStatus = { tone: answer.failed.length ? "notice-bar error" : "notice-bar ok", text };
            status.className = lastStatus.tone;
            replaceChildren(status, text);
            if (answer.imported.length) await context.refresh();
          } catch (error) {
            status.className = "notice-bar error";
            replaceChildren(status, explainError(error));
          }
        },
      },
    });
    const head = [
      i18n.t("discover.choose"),
      i18n.t("certificates.domain"),
      i18n.t("detail.issuer"),
      i18n.t("certificates.expires"),
      "",
    ];
    return h(
      "div",
      {},
      h(
        "table",
        { class: "data" },
        h("thead", {}, h("tr", {}, ...head.map((text) => h("th", { text })))),
        h("tbody", {}, ...rows),
      ),
      h("div", { class: "form-actions" }, importButton),
      status,
    );
  }

  return h(
    "section",
    { class: "card" },
    h("h2", { text: i18n.t("discover.title") }),
    h("p", { class: "quiet", text: i18n.t("discover.intro") }),
    h(
      "form",
      { class: "inline-form", on: { submit: (e) => void search(e) } },
      h("label", { attrs: { for: "discover-domain" }, text: i18n.t("discover.domain") }),
      domain,
      h("label", {}, subdomains, " ", i18n.t("discover.subdomains")),
      h("button", { class: "button", text: i18n.t("discover.search"), attrs: { type: "submit" } }),
    ),
    results,
  );
}
