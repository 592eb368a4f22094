import { readFileSync } from "node:fs";
import path from "node:path";
import { certificatePageSchema, type ApiCertificate } from "../utils/api/api-schemas";

/** The Worker's answer to `GET /api/certificates` for the Harbor & Finch test account. */
export function certificatePage(): { certificates: ApiCertificate[]; total: number } {
  const file = path.join(import.meta.dirname, "../test-fixtures/certificates-page.json");
  const page = JSON.parse(readFileSync(file, "utf8"));
  return { certificates: certificatePageSchema.parse(page).certificates, total: page.total };
}

/** A JSON response as the Worker sends it. */
export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
}

/** The Worker's error shape. */
export function apiError(status: number, code: string, message: string): Response {
  return json({ error: { code, message } }, status);
}

/** The moment the fixtures are judged against. */
export const NOW = new Date("2026-11-21T08:00:00Z");
