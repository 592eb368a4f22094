/**
 * Whether a Worker URL keeps the API token out of clear text: https anywhere, plain http only
 * to this computer (127.0.0.0/8, [::1], localhost), as `wrangler dev` serves it.
 */
export function isSecureWorkerUrl(workerUrl: string): boolean {
  let url: URL;
  try {
    url = new URL(workerUrl);
  } catch {
    return false;
  }
  if (url.protocol === "https:") return true;
  // The URL parser has already turned 0x7f000001, 2130706433 or 127.1 into dotted decimal.
  return (
    url.protocol === "http:" &&
    (url.hostname === "localhost" || url.hostname === "[::1]" || /^127\.\d+\.\d+\.\d+$/.test(url.hostname))
  );
}
