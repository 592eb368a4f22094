import { fetchText, looksLikeMessage, sameOriginUrl } from "./source-fetch";
import type { LocatedMessage, SourceFetch } from "./types";

// Fastmail's web client speaks JMAP (RFC 8620/8621) to its own origin. The source of a message is
// its blob: the session (`/jmap/session`) names the mail account, the API URL and the download
// URL template; `Email/get` with `properties: ["blobId"]` gives the blob; the download URL serves it
// as message/rfc822. The email id is the expanded message's element id, `v-Message-<emailId>`.

const MAIL = "urn:ietf:params:jmap:mail";
const CORE = "urn:ietf:params:jmap:core";
const EMAIL_ID = /^v-Message-([A-Za-z0-9_-]{1,255})$/;

interface Session {
  apiUrl: string;
  downloadUrl: string;
  primaryAccounts: Record<string, string>;
}

function isSession(value: unknown): value is Session {
  const s = value as Session | null;
  return Boolean(
    s &&
      typeof s.apiUrl === "string" &&
      typeof s.downloadUrl === "string" &&
      typeof s.primaryAccounts?.[MAIL] === "string",
  );
}

async function json(fetchPage: SourceFetch, url: string | null, init?: RequestInit): Promise<unknown> {
  const text = await fetchText(fetchPage, url, init);
  try {
    return text === null ? null : JSON.parse(text);
  } catch {
    return null;
  }
}

/** The download URL for a blob, from the session's RFC 6570 level-1 template. */
export function downloadUrl(template: string, accountId: string, blobId: string): string {
  const values: Record<string, string> = { accountId, blobId, type: "message/rfc822", name: "message.eml" };
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? encodeURIComponent(values[key]) : whole,
  );
}

/** The raw source of Fastmail's open message, from its JMAP blob; null when any step fails. */
export async function readFastmailSource(located: LocatedMessage, fetchPage: SourceFetch): Promise<string | null> {
  const doc = located.container.ownerDocument;
  const emailId = EMAIL_ID.exec(located.container.id)?.[1];
  if (!emailId) return null;
  const session = await json(fetchPage, sameOriginUrl(doc, "/jmap/session"));
  if (!isSession(session)) return null;
  const accountId = session.primaryAccounts[MAIL];
  const request = {
    using: [CORE, MAIL],
    methodCalls: [["Email/get", { accountId, ids: [emailId], properties: ["blobId"] }, "0"]],
  };
  const answer = (await json(fetchPage, sameOriginUrl(doc, session.apiUrl), {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify(request),
  })) as { methodResponses?: [string, { list?: { id?: string; blobId?: unknown }[] }, string][] } | null;
  const [name, result] = answer?.methodResponses?.[0] ?? [];
  const blobId = name === "Email/get" ? result?.list?.find((email) => email.id === emailId)?.blobId : undefined;
  if (typeof blobId !== "string") return null;
  const text = await fetchText(fetchPage, sameOriginUrl(doc, downloadUrl(session.downloadUrl, accountId, blobId)));
  return text !== null && looksLikeMessage(text) ? text : null;
}
