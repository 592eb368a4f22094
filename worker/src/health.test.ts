import { env, exports } from "cloudflare:workers";
import { expect, it } from "vitest";

it("answers health without auth", async () => {
  const res = await exports.default.fetch("http://x/api/health");
  expect(await res.json()).toEqual({ ok: true, version: "0.1.0" });
  const tables = await env.DB.prepare("select name from sqlite_master where name='accounts'").all();
  expect(tables.results.length).toBe(1);
});
