// Yahoo Mail (mail.yahoo.com, 2026). Yahoo marks its UI with data-test-id attributes, steadier
// than its class names. Proven against test/fixtures/webmail/yahoo.html by yahoo.test.ts.

export const yahooSelectors = {
  /** The conversation's subject above the messages. */
  subject: '[data-test-id="message-group-subject-text"]',
  /** An expanded message of the conversation; collapsed ones are only a message-toggle row. */
  messageView: '[data-test-id="message-view"]',
  /** The sender pill: the address in `title`, the name as text. */
  sender: '[data-test-id="message-from"] [data-test-id="email-pill"]',
  /** The sent date; the full date is in `title`. */
  date: '[data-test-id="message-date"]',
  /** The message body. */
  body: '[data-test-id="message-view-body"]',
  /** A collapsed message (ignored). */
  collapsedMessage: '[data-test-id="message-toggle"]',
  /** A row of the message list (ignored). */
  listItem: '[data-test-id="message-list-item"]',
} as const;
