/** The largest raw email the engine reads: 25 MB, the common mail-server message limit. */
export const MAX_EMAIL_BYTES = 25 * 1024 * 1024;

/**
 * Thrown (the only error `parseEmail` raises) when a raw email is larger than
 * {@link MAX_EMAIL_BYTES}: such input is refused rather than read partly, so nothing is judged
 * on a truncated message.
 */
export class EmailTooLargeError extends Error {
  /** Stable code for API error bodies. */
  readonly code = "email_too_large";
  /** Size of the refused input in bytes. */
  readonly size: number;

  constructor(size: number) {
    super(`Email is ${size} bytes; the limit is ${MAX_EMAIL_BYTES} bytes (25 MB).`);
    this.name = "EmailTooLargeError";
    this.size = size;
  }
}
