// Test support: puts a saved provider page from test/fixtures/webmail/ into happy-dom's document.
// Scripts are dropped — the pages are driven by the tests the way navigate.js drives them in e2e.
import { readFileSync } from "node:fs";
import { join } from "node:path";

const FIXTURES = join(import.meta.dirname, "../../test/fixtures/webmail");

/** The raw HTML of a fixture page. */
export function fixtureHtml(name: string): string {
  return readFileSync(join(FIXTURES, name), "utf8");
}

/** Serves a frame's address with the HTML of another fixture, as the webmail's server would. */
export type FrameServer = (src: string) => string;

const escapeAttribute = (html: string) => html.replace(/&/g, "&amp;").replace(/"/g, "&quot;");

/**
 * Replace the test document with the fixture page. happy-dom loads no pages, so each frame's
 * `src` becomes `data-fixture-src`, and `serveFrame` (when given) fills its srcdoc instead.
 */
export function loadFixture(name: string, serveFrame?: FrameServer, doc: Document = document): Document {
  const html = fixtureHtml(name)
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "")
    .replace(/(<iframe\b[^>]*?)\ssrc="([^"]*)"/gi, (_, start: string, src: string) => {
      const address = src.replace(/&amp;/g, "&");
      const served = serveFrame ? ` srcdoc="${escapeAttribute(serveFrame(address))}"` : "";
      return `${start} data-fixture-src="${escapeAttribute(address)}"${served}`;
    });
  const parsed = new DOMParser().parseFromString(html, "text/html");
  doc.head.replaceChildren(...Array.from(parsed.head.childNodes, (node) => doc.importNode(node, true)));
  doc.body.replaceWith(doc.importNode(parsed.body, true));
  return doc;
}

/** What navigate.js does after its delay: render the template into the reading view. */
export function renderTemplate(id: string, doc: Document = document): void {
  const view = doc.querySelector("[data-view]");
  const template = doc.getElementById(id) as HTMLTemplateElement | null;
  if (!view || !template) throw new Error(`fixture has no [data-view] or template #${id}`);
  view.replaceChildren(template.content.cloneNode(true));
}

/** What navigate.js does at once: empty the reading view. */
export function emptyView(doc: Document = document): void {
  doc.querySelector("[data-view]")?.replaceChildren();
}

/**
 * Resolves once every frame of the page has fired `load`: happy-dom, like a browser, parses a
 * frame's srcdoc asynchronously. Call it right after {@link loadFixture}, before the frames load.
 */
export function framesLoaded(doc: Document = document): Promise<void> {
  const frames = Array.from(doc.querySelectorAll("iframe"));
  return Promise.all(
    frames.map(
      (frame) => new Promise<void>((resolve) => frame.addEventListener("load", () => resolve(), { once: true })),
    ),
  ).then(() => undefined);
}
