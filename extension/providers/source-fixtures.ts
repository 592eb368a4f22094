// Test support: the message sources of test/fixtures/webmail/sources/ and the pages a webmail
// serves them in, behind a fake same-origin fetch that records what was asked.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { SourceFetch } from "./types";

const WEBMAIL = join(import.meta.dirname, "../../test/fixtures/webmail");

/** A raw message of test/fixtures/webmail/sources/. */
export function sourceFixture(name: string): string {
  return readFileSync(join(WEBMAIL, "sources", name), "utf8");
}

/** Gmail's "Show original" page with `raw` HTML-escaped in its `pre`, as Gmail serves it. */
export function gmailOriginalPage(raw: string): string {
  const escaped = raw.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return readFileSync(join(WEBMAIL, "gmail-original.html"), "utf8").replace("{{SOURCE}}", escaped);
}

export interface FakeSite {
  fetchPage: SourceFetch;
  /** Every request, as `METHOD url`. */
  asked: string[];
}

/** A site answering `routes[url]` (a string body or a function of the request), 404 otherwise. */
export function fakeSite(routes: Record<string, string | ((init?: RequestInit) => string)>): FakeSite {
  const asked: string[] = [];
  const fetchPage: SourceFetch = async (url, init) => {
    asked.push(`${init?.method ?? "GET"} ${url}`);
    const route = routes[url];
    if (route === undefined) return new Response("not found", { status: 404 });
    return new Response(typeof route === "function" ? route(init) : route, { status: 200 });
  };
  return { fetchPage, asked };
}

/** Puts the test document at a webmail's address (happy-dom's own call), as the browser would be. */
export function setPageUrl(url: string): void {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
}
