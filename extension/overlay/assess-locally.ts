import type { CertificateRecord } from "../../shared/inventory";
import { assessView } from "../../shared/notice/assess";
import type { Assessment } from "../../shared/notice/types";
import type { OpenMessage } from "../providers/types";
import type { ApiCertificate } from "../utils/api/api-schemas";

/**
 * Judges the open message with the shared notice engine, inside the browser: the fields the page
 * shows go to the engine as they are and are compared with the cached certificates. Nothing is sent.
 */
export function assessLocally(message: OpenMessage, certificates: readonly ApiCertificate[]): Promise<Assessment> {
  // The API's certificate JSON is a superset of the inventory record the engine reads.
  const inventory: readonly CertificateRecord[] = certificates;
  return assessView(message, inventory, { now: new Date() });
}
