import { env } from "cloudflare:workers";
import { expect, it } from "vitest";
import { accountTables } from "../db/account-tables";
import { ROW_SCHEMAS } from "./row-schemas";

it("every table an export holds has a row schema, so a table added later is checked on import too", async () => {
  const tables = (await accountTables(env.DB)).map((t) => t.name);
  expect(tables.filter((name) => !ROW_SCHEMAS[name])).toEqual([]);
  expect(tables).not.toContain("inbound_address_holders");
  expect(tables).not.toContain("import_claims");
});
