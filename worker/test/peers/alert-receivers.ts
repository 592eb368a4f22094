import type { PeerHandler } from "./network";

/** What a receiver accepted: the parsed body and the request's headers. */
export interface Received {
  path: string;
  headers: Headers;
  body: unknown;
  raw: string;
}

type Check = (body: Record<string, unknown>, request: Request) => string | null;

/**
 * A chat/incident service's webhook endpoint: parses the JSON body, rejects what the service
 * would reject (with the service's own kind of answer) and records what it accepted.
 */
function receiver(check: Check, accepted: () => Response): PeerHandler & { received: Received[] } {
  const received: Received[] = [];
  const handler = async (request: Request) => {
    if (request.method !== "POST") return new Response("method not allowed", { status: 405 });
    if (!request.headers.get("content-type")?.startsWith("application/json"))
      return new Response("expected JSON", { status: 415 });
    const raw = await request.text();
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(raw) as Record<string, unknown>;
    } catch {
      return new Response("invalid_payload", { status: 400 });
    }
    const problem = check(body, request);
    if (problem) return new Response(problem, { status: 400 });
    received.push({ path: new URL(request.url).pathname, headers: request.headers, body, raw });
    return accepted();
  };
  return Object.assign(handler, { received });
}

const isText = (v: unknown, max = Infinity) => typeof v === "string" && v.length > 0 && v.length <= max;

/** Slack incoming webhook: `text` (or blocks) required; answers "ok". */
export const slackReceiver = () =>
  receiver(
    (b) => (isText(b.text, 40_000) ? null : "no_text"),
    () => new Response("ok"),
  );

/** Teams Workflows webhook: a message with Adaptive Card attachments; answers 202. */
export const teamsReceiver = () =>
  receiver(
    (b) => {
      const attachments = b.attachments as
        | { contentType?: string; content?: { type?: string; body?: unknown[] } }[]
        | undefined;
      if (b.type !== "message" || !Array.isArray(attachments) || !attachments.length)
        return "expected a message with attachments";
      const card = attachments[0];
      if (card.contentType !== "application/vnd.microsoft.card.adaptive" || card.content?.type !== "AdaptiveCard")
        return "not an Adaptive Card";
      return Array.isArray(card.content.body) && card.content.body.length ? null : "empty card";
    },
    () => new Response(null, { status: 202 }),
  );

/** Discord webhook: content or 1–10 embeds within Discord's limits; answers 204. */
export const discordReceiver = () =>
  receiver(
    (b) => {
      const embeds = b.embeds as { title?: string; description?: string; fields?: unknown[] }[] | undefined;
      if (!isText(b.content) && (!Array.isArray(embeds) || !embeds.length))
        return '{"message": "Cannot send an empty message", "code": 50006}';
      if (embeds && embeds.length > 10) return '{"embeds": ["Must be 10 or fewer in length."]}';
      for (const e of embeds ?? []) {
        if ((e.title?.length ?? 0) > 256 || (e.description?.length ?? 0) > 4096 || (e.fields?.length ?? 0) > 25)
          return '{"embeds": ["invalid"]}';
      }
      return null;
    },
    () => new Response(null, { status: 204 }),
  );

/** Google Chat webhook: `text` (or cards); answers the created message. */
export const googleChatReceiver = () =>
  receiver(
    (b) => (isText(b.text, 4096) || Array.isArray(b.cardsV2) ? null : "Message cannot be empty"),
    () => Response.json({ name: "spaces/AAAA/messages/1", text: "…" }),
  );

/** ntfy JSON publishing at the server root: topic and message; answers the published event. */
export const ntfyReceiver = () =>
  receiver(
    (b, r) => {
      if (new URL(r.url).pathname !== "/") return "JSON publishing goes to the server root";
      if (!isText(b.topic, 64) || !/^[-_A-Za-z0-9]+$/.test(String(b.topic)))
        return '{"code":40009,"error":"invalid topic"}';
      if (b.priority !== undefined && ![1, 2, 3, 4, 5].includes(b.priority as number))
        return '{"code":40007,"error":"invalid priority"}';
      return isText(b.message) ? null : '{"error":"empty message"}';
    },
    () => Response.json({ id: "hwQ2YpKdmg", time: 1765000000, event: "message", topic: "certs" }),
  );

/** PagerDuty Events API v2: routing key, action and payload as documented; answers 202. */
export const pagerDutyReceiver = () =>
  receiver(
    (b) => {
      const p = b.payload as { summary?: string; source?: string; severity?: string } | undefined;
      const errors: string[] = [];
      if (!isText(b.routing_key, 64)) errors.push("'routing_key' is missing or blank");
      if (!["trigger", "acknowledge", "resolve"].includes(String(b.event_action)))
        errors.push("'event_action' is invalid");
      if (!isText(p?.summary, 1024)) errors.push("'payload.summary' is missing or blank");
      if (!isText(p?.source)) errors.push("'payload.source' is missing or blank");
      if (!["critical", "error", "warning", "info"].includes(String(p?.severity)))
        errors.push("'payload.severity' is invalid");
      if (b.dedup_key !== undefined && !isText(b.dedup_key, 255)) errors.push("'dedup_key' is too long");
      return errors.length
        ? JSON.stringify({ status: "invalid event", message: "Event object is invalid", errors })
        : null;
    },
    () => Response.json({ status: "success", message: "Event processed", dedup_key: "k" }, { status: 202 }),
  );

/**
 * A generic JSON receiver doing what the README tells receivers to do: recompute the HMAC-SHA256
 * of `<timestamp>.<body>` with `secret` and answer 401 when it does not match.
 */
export function signedJsonReceiver(secret: string) {
  const received: Received[] = [];
  const handler = async (request: Request) => {
    const raw = await request.text();
    const timestamp = request.headers.get("x-certitude-timestamp") ?? "";
    const signature = (request.headers.get("x-certitude-signature") ?? "").replace(/^v1=/, "");
    const key = await crypto.subtle.importKey(
      "raw",
      new TextEncoder().encode(secret),
      { name: "HMAC", hash: "SHA-256" },
      false,
      ["verify"],
    );
    const mac = new Uint8Array(signature.match(/../g)?.map((h) => parseInt(h, 16)) ?? []);
    if (!(await crypto.subtle.verify("HMAC", key, mac, new TextEncoder().encode(`${timestamp}.${raw}`)))) {
      return new Response("bad signature", { status: 401 });
    }
    received.push({
      path: new URL(request.url).pathname,
      headers: request.headers,
      body: JSON.parse(raw) as unknown,
      raw,
    });
    return new Response("ok");
  };
  return Object.assign(handler, { received });
}

/** A receiver that always fails with `status` (a poisoned or broken channel). */
export const failingReceiver =
  (status: number): PeerHandler =>
  () =>
    new Response("broken", { status });
