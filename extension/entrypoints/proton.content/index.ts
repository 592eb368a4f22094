import { defineContentScript } from "wxt/utils/define-content-script";
import { runOverlay } from "../../overlay/run-overlay";
import { proton } from "../../providers/proton";

export default defineContentScript({
  matches: ["https://mail.proton.me/*"],
  runAt: "document_idle",
  main: (ctx) => runOverlay(proton, ctx),
});
