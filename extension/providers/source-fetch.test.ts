import { describe, expect, it } from "vitest";
import { fetchText } from "./source-fetch";
import type { SourceFetch } from "./types";

const MESSAGE = "From: DigiCert <noreply@digicert.com>\r\nSubject: Renewal\r\n\r\nbody";

/** A fetch whose answer ends at `finalUrl`, as the browser reports a followed redirect. */
function redirectingFetch(finalUrl: string): SourceFetch {
  return async () => {
    const response = new Response(MESSAGE, { status: 200 });
    Object.defineProperty(response, "url", { value: finalUrl });
    Object.defineProperty(response, "redirected", { value: true });
    return response;
  };
}

describe("fetchText", () => {
  it("reads an answer that a redirect kept on the webmail's origin", async () => {
    const fetchPage = redirectingFetch("https://mail.example.org/roundcube/?_task=mail&_action=viewsource&_uid=7");
    expect(await fetchText(fetchPage, "https://mail.example.org/?_task=mail&_action=viewsource&_uid=7")).toBe(MESSAGE);
  });

  it("reads nothing that a redirect brought from another origin", async () => {
    const fetchPage = redirectingFetch("https://attacker.example/source.eml");
    expect(await fetchText(fetchPage, "https://mail.example.org/?_task=mail&_action=viewsource&_uid=7")).toBeNull();
  });
});
