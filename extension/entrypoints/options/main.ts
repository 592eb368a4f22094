import { i18n } from "#i18n";
import { createWorkerClient } from "../../utils/api/api";
import { askBackground } from "../../overlay/ask-background";
import { certificateCacheItem, connectionItem, failedSinceFetch, syncStatusItem } from "../../utils/storage/storage";
import { h, replaceChildren } from "../../ui/element";
import { explainProblem } from "../../ui/explain";
import { formatAge } from "../../ui/format";
import { localizeDocument } from "../../ui/localize";
import type { DashboardContext, Panel, PanelId } from "./context";
import { certificatesPanel } from "./panels/certificates";
import { checkPanel } from "./panels/check";
import { connectionPanel } from "./panels/connection";
import { importPanel } from "./panels/import";
import { noticesPanel } from "./panels/notices";
import { roundcubePanel } from "./panels/roundcube";
import { vendorsPanel } from "./panels/vendors";
import { alertsPanel } from "./panels/alerts";
import { settingsPanel } from "./panels/settings";

const PANELS: { id: PanelId; label: () => string; panel: Panel; needsConnection: boolean }[] = [
  { id: "certificates", label: () => i18n.t("nav.certificates"), panel: certificatesPanel, needsConnection: true },
  { id: "import", label: () => i18n.t("nav.import"), panel: importPanel, needsConnection: true },
  { id: "notices", label: () => i18n.t("nav.notices"), panel: noticesPanel, needsConnection: true },
  { id: "vendors", label: () => i18n.t("nav.vendors"), panel: vendorsPanel, needsConnection: true },
  { id: "alerts", label: () => i18n.t("nav.alerts"), panel: alertsPanel, needsConnection: true },
  { id: "settings", label: () => i18n.t("nav.settings"), panel: settingsPanel, needsConnection: true },
  { id: "check", label: () => i18n.t("nav.check"), panel: checkPanel, needsConnection: false },
  { id: "roundcube", label: () => i18n.t("nav.roundcube"), panel: roundcubePanel, needsConnection: false },
  { id: "connection", label: () => i18n.t("nav.connection"), panel: connectionPanel, needsConnection: false },
];

const root = document.getElementById("dashboard")!;
localizeDocument();
document.title = `${i18n.t("extName")} · ${i18n.t("dashboard.title")}`;

function route(): { panel: PanelId; certificateId: string | null } {
  // `#connection?worker=<url>` (from `npm run setup`) carries a query after the panel name.
  const [panel, id] = location.hash.replace(/^#/, "").split("?")[0].split("/");
  const known = PANELS.find((p) => p.id === panel);
  return { panel: known ? known.id : "certificates", certificateId: id ? decodeURIComponent(id) : null };
}

async function draw(): Promise<void> {
  const [connection, cache, syncStatus] = await Promise.all([
    connectionItem.getValue(),
    certificateCacheItem.getValue(),
    syncStatusItem.getValue(),
  ]);
  const current = route();
  const active = PANELS.find((p) => p.id === current.panel)!;
  const shown = active.needsConnection && !connection ? PANELS.find((p) => p.id === "connection")! : active;
  const context: DashboardContext = {
    connection,
    client: connection ? createWorkerClient(connection) : null,
    certificates: cache?.certificates ?? [],
    fetchedAt: cache?.fetchedAt ?? null,
    syncStatus,
    now: new Date(),
    refresh: async () => {
      await askBackground({ type: "refresh" });
      await draw();
    },
    reload: draw,
    navigate: (panel, certificateId) => {
      location.hash = certificateId ? `${panel}/${encodeURIComponent(certificateId)}` : panel;
    },
    selectedCertificateId: current.certificateId,
  };
  replaceChildren(
    root,
    header(context),
    navigation(shown.id, connection !== null),
    h("main", { class: "panel" }, shown.panel(context)),
  );
}

function header(context: DashboardContext): HTMLElement {
  const failedLast = failedSinceFetch(context.syncStatus, context.fetchedAt);
  const status = !context.connection
    ? i18n.t("dashboard.notConnected")
    : context.fetchedAt
      ? i18n.t("dashboard.synced", [
          new URL(context.connection.workerUrl).host,
          formatAge(context.fetchedAt, context.now),
        ])
      : i18n.t("dashboard.connectedTo", [new URL(context.connection.workerUrl).host]);
  return h(
    "header",
    { class: "topbar" },
    h(
      "div",
      { class: "brand" },
      h("img", { attrs: { src: "/icon/48.png", alt: "", width: "28", height: "28" } }),
      h("h1", { text: i18n.t("extName") }),
      h("span", { class: "quiet", text: status }),
    ),
    failedLast ? h("p", { class: "notice-bar", attrs: { role: "status" }, text: explainProblem(failedLast) }) : null,
    context.connection
      ? h("button", { class: "button", text: i18n.t("popup.refresh"), on: { click: () => void context.refresh() } })
      : null,
  );
}

function navigation(activeId: PanelId, connected: boolean): HTMLElement {
  return h(
    "nav",
    { class: "tabs", attrs: { "aria-label": i18n.t("dashboard.sections") } },
    ...PANELS.map((p) =>
      h("a", {
        class: p.id === activeId ? "tab active" : "tab",
        text: p.label(),
        attrs: {
          href: `#${p.id}`,
          ...(p.id === activeId ? { "aria-current": "page" } : {}),
          ...(p.needsConnection && !connected ? { "aria-disabled": "true" } : {}),
        },
      }),
    ),
  );
}

/** The cache is fresh enough to show without asking the Worker first. */
const FRESH_MS = 5 * 60_000;

window.addEventListener("hashchange", () => void draw());
// Show the cache at once; fetch again when it is older than a few minutes.
void draw().then(async () => {
  const [connection, cache] = await Promise.all([connectionItem.getValue(), certificateCacheItem.getValue()]);
  if (connection && (!cache || Date.now() - Date.parse(cache.fetchedAt) > FRESH_MS)) {
    await askBackground({ type: "refresh" });
    await draw();
  }
});
