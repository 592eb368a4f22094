// Serves the saved provider pages under the providers' real addresses, so the extension's
// manifest matches and the pages run as they would on the real hosts.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { BrowserContext, Route } from "playwright-core";

const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures/webmail");
const read = (name: string) => readFileSync(path.join(FIXTURES, name));

export interface WebmailPage {
  provider: string;
  /** The address the test opens; the fixture is served for every page of its origin. */
  url: string;
  fixture: string;
}

export const WEBMAIL_PAGES: WebmailPage[] = [
  {
    provider: "gmail",
    url: "https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWvrZbNtkfmKBqdFhZlmWSdJ",
    fixture: "gmail.html",
  },
  {
    provider: "outlook",
    url: "https://outlook.office.com/mail/inbox/id/AAQkADAwATM3ZmYAZS05ZjE0LTRhYjUtMDACLTAwCgAQAKtYoB8kKU5Oh0c6NEm3o1I%3D",
    fixture: "outlook.html",
  },
  {
    provider: "yahoo",
    url: "https://mail.yahoo.com/d/folders/1/messages/AJ4mR9kh1vzlZVvWQAGYu7fmdG0",
    fixture: "yahoo.html",
  },
  {
    provider: "proton",
    url: "https://mail.proton.me/u/0/inbox/Fb1o3fL2y7e9XwQ_cR4kWJk0b3nA-Zp8",
    fixture: "proton.html",
  },
  {
    provider: "fastmail",
    url: "https://app.fastmail.com/mail/Inbox/T4b1f09e2c6d8a7f3.M4b1f09e2c6d8a7f31b5e2d90",
    fixture: "fastmail.html",
  },
];

function fulfil(route: Route, name: string) {
  const type = name.endsWith(".js") ? "text/javascript" : "text/html; charset=utf-8";
  return route.fulfill({ status: 200, contentType: type, body: read(name) });
}

/** Answers every request to the page's origin with its fixture (and the navigation harness). */
export async function serveWebmail(context: BrowserContext, page: WebmailPage): Promise<void> {
  const origin = new URL(page.url).origin;
  await context.route(`${origin}/**`, (route) =>
    new URL(route.request().url()).pathname === "/__fixtures/navigate.js"
      ? fulfil(route, "navigate.js")
      : fulfil(route, page.fixture),
  );
}

/**
 * Serves a self-hosted Roundcube under `origin`/roundcube/: the mailbox page, and the preview
 * frame's page for the uid it asks for.
 */
export async function serveRoundcube(context: BrowserContext, origin: string): Promise<string> {
  await context.route(`${origin}/**`, (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === "/__fixtures/navigate.js") return fulfil(route, "navigate.js");
    if (url.searchParams.get("_action") === "preview") {
      return fulfil(route, `roundcube-preview-${url.searchParams.get("_uid")}.html`);
    }
    return fulfil(route, "roundcube.html");
  });
  return `${origin}/roundcube/?_task=mail&_mbox=INBOX`;
}
