// Serves a webmail's saved page and, under the provider's real address for it, the open message's
// source: Gmail's "Show original" page, Roundcube's view source, Fastmail's JMAP session, API and
// blob download, Yahoo's raw message view. What is served can be switched between tests.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { BrowserContext, Route } from "playwright-core";
import { gmailOriginalPage, sourceFixture } from "../../../extension/providers/source-fixtures";

const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures/webmail");

/** A page that is no webmail the adapters know: what a redesign or an interstitial looks like. */
export const UNRECOGNISED_PAGE = `<!DOCTYPE html><html><head><title>Mail</title></head>
<body><main><h1>Something new is coming to your inbox</h1><p>We are updating the way your mail looks.</p></main></body></html>`;

export interface SourceSite {
  /** The message source served for the open message (a file of test/fixtures/webmail/sources/), or null: 404. */
  source: string | null;
  /** Serve the saved page, or a page the adapter cannot recognise. */
  page: "saved" | "unrecognised";
  /** Every source request, as `METHOD path?query`. */
  asked: string[];
}

type SourceRoute = (url: URL, site: SourceSite, raw: string) => { body: string; type: string } | null;

const text = (body: string) => ({ body, type: "text/plain; charset=utf-8" });
const json = (body: unknown) => ({ body: JSON.stringify(body), type: "application/json" });

/** Per provider: the answer to a request for the source, or null when the request is the page itself. */
const SOURCE_ROUTES: Record<string, SourceRoute> = {
  gmail: (url, _site, raw) =>
    url.searchParams.get("view") === "om" ? { body: gmailOriginalPage(raw), type: "text/html; charset=utf-8" } : null,
  roundcube: (url, _site, raw) => (url.searchParams.get("_action") === "viewsource" ? text(raw) : null),
  yahoo: (url, _site, raw) => (url.pathname.startsWith("/ws/v3/") ? text(raw) : null),
  fastmail: (url, _site, raw) => {
    if (url.pathname === "/jmap/session") {
      return json({
        apiUrl: `${url.origin}/jmap/api/`,
        downloadUrl: `${url.origin}/jmap/download/{accountId}/{blobId}/{name}?type={type}`,
        primaryAccounts: { "urn:ietf:params:jmap:mail": "u1a2b3c4d" },
      });
    }
    if (url.pathname === "/jmap/api/") {
      return json({
        methodResponses: [["Email/get", { list: [{ id: "M4b1f09e2c6d8a7f31b5e2d90", blobId: "G8d1e5f0a" }] }, "0"]],
      });
    }
    return url.pathname.startsWith("/jmap/download/") ? text(raw) : null;
  },
};

/**
 * Serves `fixture` for every page of `origin` (frames by `frame(url)` when given), and the
 * source of the open message where `provider` reads it.
 */
export async function serveWithSource(
  context: BrowserContext,
  provider: string,
  origin: string,
  fixture: string,
  frame?: (url: URL) => string | null,
): Promise<SourceSite> {
  const site: SourceSite = { source: null, page: "saved", asked: [] };
  const fulfil = (route: Route, body: string | Buffer, type: string, status = 200) =>
    route.fulfill({ status, contentType: type, body });
  await context.route(`${origin}/**`, (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === "/__fixtures/navigate.js")
      return fulfil(route, readFileSync(path.join(FIXTURES, "navigate.js")), "text/javascript");
    const answer = SOURCE_ROUTES[provider]?.(url, site, site.source ? sourceFixture(site.source) : "");
    if (answer) {
      site.asked.push(`${route.request().method()} ${url.pathname}${url.search}`);
      return site.source ? fulfil(route, answer.body, answer.type) : fulfil(route, "Not found", "text/plain", 404);
    }
    if (site.page === "unrecognised") return fulfil(route, UNRECOGNISED_PAGE, "text/html; charset=utf-8");
    const framed = frame?.(url);
    return fulfil(route, readFileSync(path.join(FIXTURES, framed ?? fixture)), "text/html; charset=utf-8");
  });
  return site;
}
