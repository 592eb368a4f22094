/** Counts what code asks of D1: statements (each one in a batch counts) and round trips. */
export function countingDb(db: D1Database) {
  const counts = { statements: 0, roundTrips: 0 };
  const wrapStatement = (statement: D1PreparedStatement): D1PreparedStatement =>
    new Proxy(statement, {
      get(target, key) {
        if (key === "bind") return (...values: unknown[]) => wrapStatement(target.bind(...values));
        if (key === "first" || key === "all" || key === "run" || key === "raw") {
          return (...args: unknown[]) => {
            counts.statements += 1;
            counts.roundTrips += 1;
            return (target[key] as (...a: unknown[]) => unknown).apply(target, args);
          };
        }
        return Reflect.get(target, key);
      },
    });
  const proxy = new Proxy(db, {
    get(target, key) {
      if (key === "prepare") return (sql: string) => wrapStatement(target.prepare(sql));
      if (key === "batch") {
        return (statements: D1PreparedStatement[]) => {
          counts.statements += statements.length;
          counts.roundTrips += 1;
          return target.batch(statements);
        };
      }
      return Reflect.get(target, key);
    },
  });
  return { db: proxy, counts, reset: () => Object.assign(counts, { statements: 0, roundTrips: 0 }) };
}

/** A queue producer that counts messages instead of sending them, keeping them for inspection. */
export function countingQueue<T>() {
  const messages: T[] = [];
  const answer = { metadata: { metrics: { backlogCount: 0, backlogBytes: 0 } } } as unknown as QueueSendResponse &
    QueueSendBatchResponse;
  const queue = {
    send: async (body: T) => (messages.push(body), answer),
    sendBatch: async (batch: Iterable<MessageSendRequest<T>>) => {
      for (const m of batch) messages.push(m.body);
      return answer;
    },
    metrics: async () => ({ backlogCount: messages.length, backlogBytes: 0 }),
  } as unknown as Queue<T>;
  return { queue, messages };
}
