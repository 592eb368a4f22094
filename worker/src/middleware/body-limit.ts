import { bodyLimit } from "hono/body-limit";
import { ApiError } from "../errors";

/** Largest request body the inventory routes read: a bundle of hundreds of PEMs fits easily. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Refuses bodies over 1 MB with a 413 JSON error, before they are read. */
export const limitBody = bodyLimit({
  maxSize: MAX_BODY_BYTES,
  onError: () => {
    throw new ApiError(413, "payload_too_large", `The body is larger than ${MAX_BODY_BYTES} bytes (1 MB).`);
  },
});
