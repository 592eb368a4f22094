import { bodyLimit } from "hono/body-limit";
import { MAX_EMAIL_BYTES } from "../../../shared/mime/errors";
import { ApiError } from "../errors";

/**
 * Body limit of the routes that take a whole email (`message/rfc822`): 25 MB, what mail servers
 * accept, instead of the 1 MB the JSON routes allow. Refused before the body is read.
 */
export const limitRawEmail = bodyLimit({
  maxSize: MAX_EMAIL_BYTES,
  onError: () => {
    throw new ApiError(413, "email_too_large", `The email is larger than ${MAX_EMAIL_BYTES} bytes (25 MB).`);
  },
});
