// Roundcube (self-hosted, 1.6 "elastic" skin). The list and the message live in different
// documents: the preview is a same-origin iframe, #messagecontframe, with its own #message-header
// and #messagebody. Proven against test/fixtures/webmail/roundcube*.html by roundcube.test.ts.

export const roundcubeSelectors = {
  /** The preview frame beside the message list. */
  previewFrame: "#messagecontframe",
  /** The subject heading; it starts with a screen-reader "Subject: " span. */
  subject: "#message-header h2.subject",
  subjectVoice: "#message-header h2.subject .voice",
  /** The From cell of the full headers table: the address in `title`, the name as text. */
  sender: "#message-header td.header.from a.rcmContactAddress",
  /** The Date cell, which Roundcube prints as the RFC 5322 header. */
  date: "#message-header td.header.date",
  /** The message body. */
  body: "#messagebody",
  /** A row of the message list, in the top document (ignored). */
  listRow: "#messagelist tr.message",
} as const;
