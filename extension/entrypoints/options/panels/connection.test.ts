import { afterEach, describe, expect, it, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { connectionItem } from "../../../utils/storage/storage";
import { dashboardContext } from "../../../test-setup/dashboard";
import { apiError, certificatePage, json } from "../../../test-setup/responses";
import { connectionPanel } from "./connection";

function grantPermissions(granted: boolean) {
  const request = vi.fn(async () => granted);
  Object.assign(fakeBrowser, { permissions: { request } });
  return request;
}

/** A Certitude Worker on the network: health is public, the certificates need `ct_good`. */
function stubWorker() {
  vi.stubGlobal(
    "fetch",
    vi.fn(async (url: string, init: RequestInit = {}) => {
      if (new URL(url).pathname === "/api/health") return json({ ok: true, version: "0.1.0" });
      return new Headers(init.headers).get("Authorization") === "Bearer ct_good"
        ? json({ certificates: certificatePage().certificates.slice(0, 1), total: 10 })
        : apiError(401, "unauthorized", "Missing or unknown API token");
    }),
  );
}

async function submit(panel: HTMLElement, url: string, token: string) {
  panel.querySelector<HTMLInputElement>("#worker-url")!.value = url;
  panel.querySelector<HTMLInputElement>("#api-token")!.value = token;
  panel.querySelector("form")!.dispatchEvent(new Event("submit", { cancelable: true }));
  await vi.waitFor(() => expect(panel.querySelector(".form-message")?.textContent).not.toMatch(/^(|Checking.*)$/));
  return panel.querySelector(".form-message")!.textContent;
}

describe("connection panel", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("labels its fields Worker URL and API token", () => {
    const panel = connectionPanel(dashboardContext({ connection: null }));
    const labels = [...panel.querySelectorAll("label")].map((l) => [l.textContent, l.htmlFor]);
    expect(labels).toEqual([
      ["Worker URL", "worker-url"],
      ["API token", "api-token"],
    ]);
    expect(panel.querySelector("button[type=submit]")?.textContent).toBe("Connect");
  });

  it("says which scope the token needs, and shows the Worker's words when the scope is too small", async () => {
    grantPermissions(true);
    vi.stubGlobal(
      "fetch",
      vi.fn(async (url: string) =>
        new URL(url).pathname === "/api/health"
          ? json({ ok: true, version: "0.2.0" })
          : apiError(403, "forbidden", "This route needs a token with the owner scope; this token has read."),
      ),
    );
    const panel = connectionPanel(dashboardContext({ connection: null }));
    const hint = panel.querySelector("#api-token-scope");
    expect(hint?.textContent).toBe("The dashboard needs a token with the write scope; the popup works with read.");
    expect(panel.querySelector("#api-token")?.getAttribute("aria-describedby")).toBe("api-token-scope");
    expect(await submit(panel, "http://127.0.0.1:8791", "ctk_read")).toBe(
      "This route needs a token with the owner scope; this token has read.",
    );
    expect(await connectionItem.getValue()).toBeNull();
  });

  it("asks for the Worker's origin and says when the token is refused", async () => {
    const request = grantPermissions(true);
    stubWorker();
    const panel = connectionPanel(dashboardContext({ connection: null }));
    expect(await submit(panel, "http://127.0.0.1:8791/", "ct_typo")).toBe(
      "The Worker does not accept this API token. Check it or create a new one.",
    );
    expect(request).toHaveBeenCalledWith({ origins: ["http://127.0.0.1/*"] });
    expect(await connectionItem.getValue()).toBeNull();
  });

  it("connects, refreshes and shows the certificates", async () => {
    grantPermissions(true);
    stubWorker();
    const context = dashboardContext({ connection: null });
    const panel = connectionPanel(context);
    expect(await submit(panel, "http://127.0.0.1:8791", "ct_good")).toBe("Connected (Worker version 0.1.0).");
    await vi.waitFor(() => expect(context.navigate).toHaveBeenCalledWith("certificates"));
    expect(context.refresh).toHaveBeenCalled();
    expect(await connectionItem.getValue()).toMatchObject({ workerUrl: "http://127.0.0.1:8791", token: "ct_good" });
  });

  it("explains a refused permission and a malformed URL", async () => {
    grantPermissions(false);
    const panel = connectionPanel(dashboardContext({ connection: null }));
    expect(await submit(panel, "https://certitude.harborfinch.de", "ct_good")).toMatch(/needs permission/);
    expect(await submit(panel, "certitude.harborfinch.de", "ct_good")).toMatch(/^Enter the Worker's full address/);
  });

  it("refuses a remote http:// Worker with a clear message, before asking for any permission", async () => {
    const request = grantPermissions(true);
    stubWorker();
    const panel = connectionPanel(dashboardContext({ connection: null }));
    expect(await submit(panel, "http://certitude.harborfinch.de", "ct_good")).toBe(
      "A remote Worker needs https://: over plain http:// the API token would travel in clear. http:// is accepted only for a Worker on this computer (localhost, 127.0.0.1, [::1]).",
    );
    expect(request).not.toHaveBeenCalled();
    expect(fetch).not.toHaveBeenCalled();
    expect(await connectionItem.getValue()).toBeNull();
  });
});
