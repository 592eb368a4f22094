/**
 * A DNS-over-HTTPS resolver speaking the JSON API (`GET ?name=…&type=TXT`, `accept:
 * application/dns-json`) from a zone of TXT records; NXDOMAIN for names it does not hold.
 * `asked` lists every name queried, to prove caching.
 */
export function dohServer(zone: Record<string, string[]>, ttl = 3600) {
  const asked: string[] = [];
  const handler = (request: Request): Response => {
    const url = new URL(request.url);
    const name = (url.searchParams.get("name") ?? "").toLowerCase();
    if (url.searchParams.get("type") !== "TXT" || !name)
      return new Response("expected ?name=…&type=TXT", { status: 400 });
    if (!(request.headers.get("accept") ?? "").includes("application/dns-json"))
      return new Response("expected accept: application/dns-json", { status: 415 });
    asked.push(name);
    const records = zone[name];
    // Long records travel as several quoted strings of at most 255 bytes.
    const quoted = (text: string) =>
      (text.match(/.{1,255}/g) ?? [""]).map((part) => `"${part.replace(/"/g, '\\"')}"`).join(" ");
    const body = records
      ? { Status: 0, Answer: records.map((text) => ({ name, type: 16, TTL: ttl, data: quoted(text) })) }
      : { Status: 3, Authority: [{ name: name.split(".").slice(-2).join("."), type: 6, TTL: 300 }] };
    return Response.json(body, { headers: { "content-type": "application/dns-json" } });
  };
  return { handler, asked };
}
