// Gmail's markup (mail.google.com, 2026). Class names are Gmail's own short names; each one is
// proven against test/fixtures/webmail/gmail.html by gmail.test.ts.

export const gmailSelectors = {
  /** The subject above a conversation; one per rendered thread. */
  subject: "h2.hP",
  /** An expanded message: `.adn` is any message, `.ads` the expanded state. */
  expandedMessage: "div.adn.ads",
  /** The sender chip in the expanded message's header, with `email` and `name` attributes. */
  sender: "h3.iw span.gD[email]",
  /** The sent date; the full date is in `title`, the text is relative ("4 days ago"). */
  date: "span.g3[title]",
  /** The message body. */
  body: "div.a3s",
  /** The body's wrapper; the banner goes before it. */
  bodyWrapper: "div.ii.gt",
  /** An inbox row in the list pane (ignored: it is not an open message). */
  listRow: "tr.zA",
  /** A collapsed message in a thread (ignored: it shows only a snippet). */
  collapsedMessage: "div.adn:not(.ads)",
} as const;
