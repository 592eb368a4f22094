// Tests reach protocol peers in-process (worker/test/peers/network.ts) or servers on loopback.
// Any other destination is a mistake in a test: fail it loudly instead of sending traffic out.
const realFetch = globalThis.fetch;
const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/;

globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  const url = new URL(input instanceof Request ? input.url : String(input));
  if (!LOOPBACK.test(url.hostname)) {
    return Promise.reject(new TypeError(`Network disabled in tests: no route to ${url.host}`));
  }
  return realFetch(input, init);
};
