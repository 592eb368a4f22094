import { defineContentScript } from "wxt/utils/define-content-script";
import { runOverlay } from "../../overlay/run-overlay";
import { outlook } from "../../providers/outlook";

export default defineContentScript({
  matches: ["https://outlook.live.com/*", "https://outlook.office.com/*", "https://outlook.office365.com/*"],
  runAt: "document_idle",
  main: (ctx) => runOverlay(outlook, ctx),
});
