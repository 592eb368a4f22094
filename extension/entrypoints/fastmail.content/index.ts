import { defineContentScript } from "wxt/utils/define-content-script";
import { runOverlay } from "../../overlay/run-overlay";
import { fastmail } from "../../providers/fastmail";

export default defineContentScript({
  matches: ["https://app.fastmail.com/*", "https://www.fastmail.com/*"],
  runAt: "document_idle",
  main: (ctx) => runOverlay(fastmail, ctx),
});
