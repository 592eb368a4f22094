import { defineContentScript } from "wxt/utils/define-content-script";
import { runOverlay } from "../../overlay/run-overlay";
import { gmail } from "../../providers/gmail";

export default defineContentScript({
  matches: ["https://mail.google.com/*"],
  runAt: "document_idle",
  main: (ctx) => runOverlay(gmail, ctx),
});
