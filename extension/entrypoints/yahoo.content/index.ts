import { defineContentScript } from "wxt/utils/define-content-script";
import { runOverlay } from "../../overlay/run-overlay";
import { yahoo } from "../../providers/yahoo";

export default defineContentScript({
  matches: ["https://mail.yahoo.com/*"],
  runAt: "document_idle",
  main: (ctx) => runOverlay(yahoo, ctx),
});
