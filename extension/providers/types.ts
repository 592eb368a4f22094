/** A sender as the provider's header shows it. */
export interface Sender {
  name: string;
  /** Lower-cased address, read from the header element (never from the body). */
  address: string;
}

/** Where the open message sits in the page, found cheaply on every mutation batch. */
export interface LocatedMessage {
  /**
   * Identity of what is on screen: the provider's message id when it has one, otherwise the
   * header values. It changes when the user opens another message.
   */
  key: string;
  /** The expanded message's container (in the top document or a same-origin frame's). */
  container: Element;
  /** The element the banner goes before: the body, or the frame that holds it. */
  anchor: Element;
}

/** What the page shows of the open message; the input of the local assessment. */
export interface OpenMessage {
  key: string;
  from: Sender;
  subject: string;
  /** When it was sent, as far as the header shows it; null when it cannot be read. */
  date: Date | null;
  text: string;
  anchor: Element;
}

/**
 * Fetches a page of the webmail's own origin with the user's session (cookies), as the webmail's
 * own "Show original" link would. Injected so tests can serve fixture sources.
 */
export type SourceFetch = (url: string, init?: RequestInit) => Promise<Response>;

/**
 * One webmail's markup knowledge. Both functions return `undefined` when the page is not in the
 * expected shape — a changed provider UI must never surface as an exception in the user's mail.
 */
export interface WebmailProvider {
  id: string;
  name: string;
  /** Exact host names served; empty for self-hosted webmail registered at runtime. */
  hosts: readonly string[];
  locate(doc: Document): LocatedMessage | undefined;
  read(located: LocatedMessage): OpenMessage | undefined;
  /**
   * A selector that matches on every page of the mailbox this adapter understands (the message
   * list or a message). When it matches nothing after the page has loaded, the overlay pauses and
   * the popup says the page was not recognised, instead of guessing.
   */
  pageMarker: string;
  /**
   * The raw RFC 822 source of the located message, read same-origin with the user's session, or
   * null when it cannot be read. Absent for webmail that cannot give it (Proton: end-to-end
   * encrypted). Never throws.
   */
  readSource?(located: LocatedMessage, fetchPage: SourceFetch): Promise<string | null>;
  /** Same-origin frame documents whose mutations matter too (message bodies in iframes). */
  frames?(doc: Document): Document[];
}
