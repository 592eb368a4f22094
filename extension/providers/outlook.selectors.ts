// Outlook on the web (outlook.live.com, outlook.office.com, outlook.office365.com, 2026 UI).
// OWA's class names are generated and change with every deploy, so these lean on its ARIA
// labels and test ids. Proven against test/fixtures/webmail/outlook.html by outlook.test.ts.

export const outlookSelectors = {
  /** The reading pane (right of or below the message list). */
  readingPane: "#ReadingPaneContainerId",
  /** The conversation's subject heading. */
  subject: '[role="heading"][aria-level="2"] span[title]',
  /** An expanded item of the conversation; collapsed ones have aria-expanded="false" and no body. */
  expandedItem: '[aria-expanded="true"]',
  /** The body of an expanded item. */
  body: '[aria-label="Message body"]',
  /** The From line: the persona's name, then its address in angle brackets. */
  sender: '[aria-label^="From:"]',
  senderName: "span.OZZZK",
  /** The sent date as shown ("Tue 11/17/2026 9:14 AM"). */
  date: '[data-testid="SentReceivedSavedTime"]',
  /** A conversation in the message list (ignored). */
  listItem: '[role="listbox"] [role="option"][data-convid]',
} as const;
