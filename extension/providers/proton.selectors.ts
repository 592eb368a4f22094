// Proton Mail (mail.proton.me, 2026). Proton's web client names its parts with data-testid
// (ConversationHeader, HeaderExpanded, RecipientItem, MessageBodyIframe). The body is in an
// about:blank iframe with allow-same-origin, so the page — and we — can read its document.
// Proven against test/fixtures/webmail/proton.html by proton.test.ts.

export const protonSelectors = {
  /** The conversation's subject. */
  subject: '[data-testid="conversation-header:subject"]',
  /** An expanded message; collapsed ones carry data-expanded="false". */
  expandedMessage: 'article[data-testid^="message-view-"][data-expanded="true"]',
  /** The sender block of the expanded header. */
  sender: '[data-testid="recipients:sender"]',
  senderName: '[data-testid="recipient-label"]',
  senderAddress: '[data-testid="recipient-address"]',
  /** The full date; the text is short, the `title` complete. */
  date: '[data-testid="item-date-full"]',
  /** The frame holding the decrypted body. */
  bodyFrame: 'iframe[data-testid="content-iframe"]',
  /** A row of the message list (ignored). */
  listItem: '[data-testid^="message-item:"]',
} as const;
