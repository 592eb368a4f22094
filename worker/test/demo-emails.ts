/** The sample vendor emails of `npm run demo` (test/fixtures/demo/*.eml), by file name, in order. */
const files = import.meta.glob<string>("../../test/fixtures/demo/*.eml", {
  query: "?raw",
  import: "default",
  eager: true,
});

export const demoEmails: [string, string][] = Object.entries(files)
  .map(([path, raw]): [string, string] => [path.split("/").pop() ?? path, raw])
  .sort(([a], [b]) => a.localeCompare(b));
