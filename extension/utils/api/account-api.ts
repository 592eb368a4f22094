import type { Intent } from "../../../shared/inventory";
import { certificateImportSchema } from "./api-schemas";
import type { Call } from "./api";
import {
  alertListSchema,
  anyJson,
  backupImportSchema,
  discoverImportSchema,
  discoverSchema,
  feedCreatedSchema,
  feedListSchema,
  inboundCreatedSchema,
  inboundListSchema,
  inventoryImportSchema,
  revocationCheckSchema,
  settingsSchema,
  testAlertSchema,
  tokenCreatedSchema,
  tokenListSchema,
  type ApiSettings,
} from "./account-schemas";

const json = (method: string, body: unknown): RequestInit => ({
  method,
  headers: { "Content-Type": "application/json" },
  body: JSON.stringify(body),
});
const id = (value: string) => encodeURIComponent(value);

/** Settings as `PUT /api/settings` takes them; a webhook secret only when it is being changed. */
export interface SettingsInput extends Omit<ApiSettings, "webhook"> {
  webhook: { url: string; format: string; secret?: string } | null;
}

/** The dashboard's calls beyond reading: records, truth checks, alerts, settings, tokens, backups. */
export function accountCalls(call: Call) {
  return {
    /** A manual record (no PEM at hand). */
    createRecord: (record: Record<string, unknown>) =>
      call("api/certificates", certificateImportSchema, json("POST", record)),
    /** An inventory file as its JSON text, all or nothing. */
    importInventory: (text: string) =>
      call("api/certificates/import", inventoryImportSchema, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: text,
      }),
    deleteCertificate: (certificateId: string) =>
      call(`api/certificates/${id(certificateId)}`, anyJson, { method: "DELETE" }),
    setIntentOf: (certificateId: string, intent: Intent, intentReason: string) =>
      call(`api/certificates/${id(certificateId)}`, anyJson, json("PATCH", { intent, intentReason })),
    revocationCheck: (certificateId: string) =>
      call(`api/certificates/${id(certificateId)}/revocation-check`, revocationCheckSchema, { method: "POST" }),
    discover: (domain: string, includeSubdomains: boolean) =>
      call("api/discover", discoverSchema, json("POST", { domain, includeSubdomains })),
    discoverImport: (domain: string, ids: string[], intent?: Intent) =>
      call("api/discover/import", discoverImportSchema, json("POST", { domain, ids, ...(intent ? { intent } : {}) })),

    alerts: (limit: number, offset: number) => call(`api/alerts?limit=${limit}&offset=${offset}`, alertListSchema),
    testAlert: () => call("api/alerts/test", testAlertSchema, { method: "POST" }),
    settings: () => call("api/settings", settingsSchema),
    saveSettings: (settings: SettingsInput) => call("api/settings", settingsSchema, json("PUT", settings)),
    inboundAddresses: () => call("api/inbound-addresses", inboundListSchema),
    createInboundAddress: () => call("api/inbound-addresses", inboundCreatedSchema, { method: "POST" }),
    deleteInboundAddress: (address: string) =>
      call(`api/inbound-addresses/${id(address)}`, anyJson, { method: "DELETE" }),
    tokens: () => call("api/tokens", tokenListSchema),
    createToken: (name: string, scope: string) => call("api/tokens", tokenCreatedSchema, json("POST", { name, scope })),
    revokeToken: (tokenId: string) => call(`api/tokens/${id(tokenId)}`, anyJson, { method: "DELETE" }),
    calendarFeeds: () => call("api/calendar/feeds", feedListSchema),
    createCalendarFeed: () => call("api/calendar/feeds", feedCreatedSchema, { method: "POST" }),
    revokeCalendarFeed: (feedId: string) => call(`api/calendar/feeds/${id(feedId)}`, anyJson, { method: "DELETE" }),
    exportAccount: () => call("api/export", anyJson),
    importAccount: (text: string) =>
      call("api/import", backupImportSchema, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: text,
      }),
  };
}
