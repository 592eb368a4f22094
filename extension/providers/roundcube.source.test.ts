import { beforeEach, describe, expect, it } from "vitest";
import { loadFixture } from "./fixture-page";
import { readRoundcubeSource, roundcubeSourceUrl } from "./roundcube.source";
import { fakeSite, sourceFixture, setPageUrl } from "./source-fixtures";
import type { LocatedMessage } from "./types";

const ORIGIN = "https://mail.kestrel-logistics.com";
const VIEW_SOURCE = `${ORIGIN}/roundcube/?_task=mail&_uid=107&_mbox=INBOX&_action=viewsource`;

/** The full-page message view (`_action=show`): the message document is the top one. */
function showMessage(address: string): LocatedMessage {
  setPageUrl(address);
  loadFixture("roundcube-preview-107.html");
  return { key: "roundcube:107", container: document.documentElement, anchor: document.querySelector("#messagebody")! };
}

describe("Roundcube source reader", () => {
  beforeEach(() => setPageUrl(`${ORIGIN}/roundcube/?_task=mail&_mbox=INBOX`));

  it("asks view source for the uid and folder of the document showing the message", () => {
    showMessage(`${ORIGIN}/roundcube/?_task=mail&_caps=pdf%3D1&_uid=107&_mbox=INBOX&_framed=1&_action=preview`);
    expect(roundcubeSourceUrl(document)).toBe(VIEW_SOURCE);
    showMessage(`${ORIGIN}/roundcube/?_task=mail&_uid=12&_mbox=Archive%2F2026&_action=show`);
    expect(roundcubeSourceUrl(document)).toBe(
      `${ORIGIN}/roundcube/?_task=mail&_uid=12&_mbox=Archive%2F2026&_action=viewsource`,
    );
  });

  it("names no address when the document has no numeric uid", () => {
    showMessage(`${ORIGIN}/roundcube/?_task=mail&_mbox=INBOX&_action=preview`);
    expect(roundcubeSourceUrl(document)).toBeNull();
    showMessage(`${ORIGIN}/roundcube/?_task=mail&_uid=1%20OR%201&_mbox=INBOX&_action=preview`);
    expect(roundcubeSourceUrl(document)).toBeNull();
  });

  it("reads the stored message as the server sends it, and null for a login page", async () => {
    const located = showMessage(`${ORIGIN}/roundcube/?_task=mail&_uid=107&_mbox=INBOX&_action=show`);
    const raw = sourceFixture("psw-payment-genuine.eml");
    const site = fakeSite({ [VIEW_SOURCE]: raw });
    expect(await readRoundcubeSource(located, site.fetchPage)).toBe(raw);
    expect(site.asked).toEqual([`GET ${VIEW_SOURCE}`]);
    expect(
      await readRoundcubeSource(located, fakeSite({ [VIEW_SOURCE]: "<!DOCTYPE html><title>Login</title>" }).fetchPage),
    ).toBeNull();
  });
});
