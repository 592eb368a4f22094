/**
 * A ForwardableEmailMessage as Email Routing hands one to the Worker, built from a raw .eml:
 * the runtime's boundary. setReject and forward record what the handler asked for.
 */
export function inboundEmail(raw: string, envelope: { from: string; to: string }) {
  const bytes = new TextEncoder().encode(raw);
  const headerBlock = raw.split(/\r?\n\r?\n/)[0];
  const headers = new Headers();
  for (const line of headerBlock.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  const recorded = { rejected: [] as string[], forwarded: [] as { to: string; headers: Record<string, string> }[] };
  const message = {
    from: envelope.from,
    to: envelope.to,
    raw: new Blob([bytes]).stream(),
    rawSize: bytes.byteLength,
    headers,
    canBeForwarded: true,
    setReject(reason: string) {
      recorded.rejected.push(reason);
    },
    async forward(to: string, extra?: Headers) {
      recorded.forwarded.push({ to, headers: Object.fromEntries(extra?.entries() ?? []) });
      return { messageId: `<fwd-${recorded.forwarded.length}@certitude.example>` };
    },
    async reply() {
      throw new Error("the handler never replies");
    },
  };
  return { message: message as unknown as ForwardableEmailMessage, recorded };
}
