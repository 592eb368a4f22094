import { addressParser } from "postal-mime";

type Parsed = ReturnType<typeof addressParser>[number];

// Header values longer than this are cut before parsing: no real From needs more.
const MAX_VALUE_CHARS = 4_000;
const MAX_MAILBOXES = 100;
// `<local@domain>` anywhere, and a bare `local@domain`: the last resort for broken headers.
// Loose on purpose: a client shows "<noreply@theskimm,com>" as it is, and so does the evidence.
const ANGLE_ADDRESS = /<\s*([^<>@]*@[^<>]*?)\s*>/g;
// What an address must look like to be believed: an unbalanced quote leaves the parser with "<a@b.c>" or worse.
const ADDR_SPEC = /^[^\s<>()@",;:\\[\]]+@[^\s<>()@",;:\\[\]]+$/;
const BARE_ADDRESS = /[\p{L}\p{N}._%+'!#$&*=?^`{|}~-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/u;

/** The mailboxes of a header as a mail client shows them, and any others it also names. */
export interface AddressList {
  /** The first mailbox that has an address, or null when none has one. */
  first: { name: string; address: string } | null;
  /** The other mailboxes with an address (a From may name several authors). */
  others: { name: string; address: string }[];
}

/**
 * Joins address-less runs into the mailbox that follows them. An unquoted comma in a display
 * name (`Sectigo Billing, Accounts <billing@x.com>`) is invalid RFC 5322 that parsers split
 * into two entries, while every mail client shows one sender named "Sectigo Billing, Accounts".
 */
function mergeNameRuns(entries: Parsed[]): Parsed[] {
  const out: Parsed[] = [];
  let pending: string[] = [];
  for (const entry of entries) {
    if (entry.group) {
      out.push({ ...entry, group: mergeNameRuns(entry.group as Parsed[]) as typeof entry.group });
      pending = [];
      continue;
    }
    if (!entry.address) {
      if (entry.name) pending.push(entry.name);
      continue;
    }
    const name = [...pending, entry.name].filter(Boolean).join(", ");
    out.push({ ...entry, name });
    pending = [];
  }
  return out;
}

function flatten(entries: Parsed[]): { name: string; address: string }[] {
  return entries.flatMap((entry) =>
    entry.group
      ? flatten(entry.group as Parsed[])
      : entry.address
        ? [{ name: entry.name, address: entry.address }]
        : [],
  );
}

/** The last `<address>` of a value the parser could not read, with the text before it as name. */
function rescue(value: string): { name: string; address: string } | null {
  const angled = [...value.matchAll(ANGLE_ADDRESS)].pop();
  if (angled) {
    const name = value.slice(0, angled.index).replace(/^[\s"']+|[\s"',;]+$/g, "");
    return { name, address: angled[1].replace(/\s+/g, "") };
  }
  const bare = BARE_ADDRESS.exec(value);
  return bare
    ? {
        name: value
          .replace(bare[0], "")
          .replace(/[\s"'<>(),;]+/g, " ")
          .trim(),
        address: bare[0],
      }
    : null;
}

/**
 * Reads an address header (From, Reply-To, Sender) the way mail clients display it: RFC 2047
 * encoded words, comments, groups, quoted pairs, missing angle brackets and unquoted commas in
 * the display name. Returns the first mailbox with an address and the rest apart.
 *
 * @example parseAddressList("Sectigo Billing, Accounts <billing@sectlgo.com>").first
 * // → { name: "Sectigo Billing, Accounts", address: "billing@sectlgo.com" }
 */
export function parseAddressList(value: string | undefined | null): AddressList {
  if (!value) return { first: null, others: [] };
  const text = value.slice(0, MAX_VALUE_CHARS).replace(/[\r\n]+/g, " ");
  let found: { name: string; address: string }[] = [];
  try {
    found = flatten(mergeNameRuns(addressParser(text)))
      .map((m) => ({ name: m.name, address: m.address.trim().replace(/^<(.*)>$/, "$1") }))
      .filter((m) => ADDR_SPEC.test(m.address));
  } catch {
    found = [];
  }
  if (found.length === 0) {
    const rescued = rescue(text);
    if (rescued) found = [rescued];
  }
  const [first = null, ...others] = found.slice(0, MAX_MAILBOXES);
  return { first, others };
}
