import type { CertificateRecord } from "../../shared/inventory";
import { assessNotice } from "../../shared/notice/assess";
import type { Assessment } from "../../shared/notice/types";
import type { OpenMessage } from "../providers/types";
import type { ApiCertificate } from "../utils/api-schemas";
import { syntheticEmail } from "./synthetic-email";

/**
 * Judges the open message with the shared notice engine, inside the browser: the email is
 * rebuilt from what the page shows and compared with the cached certificates. Nothing is sent.
 */
export function assessLocally(message: OpenMessage, certificates: readonly ApiCertificate[]): Promise<Assessment> {
  // The API's certificate JSON is a superset of the inventory record the engine reads.
  const inventory: readonly CertificateRecord[] = certificates;
  return assessNotice(syntheticEmail(message), inventory, { now: new Date() });
}
