import { defineContentScript } from "wxt/utils/define-content-script";
import { runOverlay } from "../../overlay/run-overlay";
import { providerForPage } from "../../providers";

export default defineContentScript({
  // Self-hosted: the background registers this script for the origins the user adds. Roundcube
  // is recognised by its markup; another webmail there gets the generic reader.
  registration: "runtime",
  matches: [],
  runAt: "document_idle",
  main: (ctx) => runOverlay(providerForPage(document), ctx),
});
