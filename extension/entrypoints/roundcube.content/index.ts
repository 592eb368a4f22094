import { defineContentScript } from "wxt/utils/define-content-script";
import { runOverlay } from "../../overlay/run-overlay";
import { roundcube } from "../../providers/roundcube";

export default defineContentScript({
  // Self-hosted: the background registers this script for the origins the user adds.
  registration: "runtime",
  matches: [],
  runAt: "document_idle",
  main: (ctx) => runOverlay(roundcube, ctx),
});
