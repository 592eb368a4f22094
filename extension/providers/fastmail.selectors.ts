// Fastmail (app.fastmail.com, www.fastmail.com, 2026). Fastmail's Overture views name their
// parts v-<View>-<part>. Proven against test/fixtures/webmail/fastmail.html by fastmail.test.ts.

export const fastmailSelectors = {
  /** The conversation's subject. */
  subject: ".v-Thread-title",
  /** A message of the conversation; collapsed ones have is-collapsed and no body. */
  message: ".v-Message",
  /** The sender button: name and address as separate parts. */
  senderName: ".v-Message-fromName",
  senderAddress: ".v-Message-fromEmail",
  /** The sent date, machine-readable in `datetime`. */
  date: "time.v-Message-date",
  /** The message body. */
  body: ".v-Message-body",
  /** A row of the mailbox list (ignored). */
  listItem: ".v-MailboxItem",
  /** A collapsed message (ignored). */
  collapsedMessage: ".v-Message.is-collapsed",
} as const;
