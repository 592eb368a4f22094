import { alertOnCreate } from "../alerts/on-create";
import { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../app-env";
import { type Author, storeNewCertificates } from "../certificates/store";
import { validateJsonSubmission, readSubmission } from "../certificates/submission";
import { updateOwnerFields } from "../certificates/update";
import { searchCertificates } from "../db/certificate-search";
import { deleteCertificate, getCertificate, getCertificateRow } from "../db/certificates";
import { listIntentHistory } from "../db/intent-history";
import { ApiError } from "../errors";
import { requireAccount } from "../middleware/auth";
import { limitBody } from "../middleware/body-limit";
import {
  createCertificateRoute,
  deleteRoute,
  getRoute,
  historyRoute,
  listRoute,
  patchRoute,
} from "./certificate-routes";

const NOT_FOUND = "No certificate with this id in your account.";

function author(c: { var: AppEnv["Variables"] }): Author {
  return { accountId: c.var.account.id, tokenName: c.var.tokenName };
}

/** `/api/certificates`: the account's certificate inventory. */
export const certificates = new OpenAPIHono<AppEnv>();
certificates.use("*", requireAccount, limitBody);

certificates.openapi(listRoute, async (c) => {
  const query = c.req.valid("query");
  const page = await searchCertificates(c.env.DB, c.var.account.id, query);
  return c.json({ ...page, limit: query.limit, offset: query.offset }, 200);
});

certificates.openapi(
  createCertificateRoute,
  async (c) => {
    const { candidates, warnings } = await readSubmission(c);
    const stored = await storeNewCertificates(c.env.DB, author(c), candidates);
    await alertOnCreate(c.env, c.var.account.id, stored);
    const answer = { certificates: stored.certificates, created: stored.created };
    return c.json(warnings.length ? { ...answer, warnings } : answer, stored.created > 0 ? 201 : 200);
  },
  // The JSON body is one of two shapes: name the fields of the shape it meant, not the union.
  // zod-openapi hands the hook the raw body as `data` on failure too (its types omit it).
  (result): undefined => {
    if (!result.success) validateJsonSubmission((result as { data?: unknown }).data);
    return undefined;
  },
);

certificates.openapi(getRoute, async (c) => {
  const certificate = await getCertificate(c.env.DB, c.var.account.id, c.req.valid("param").id);
  if (!certificate) throw new ApiError(404, "not_found", NOT_FOUND);
  return c.json({ certificate }, 200);
});

certificates.openapi(patchRoute, async (c) => {
  const { id } = c.req.valid("param");
  const current = await getCertificateRow(c.env.DB, c.var.account.id, id);
  if (!current) throw new ApiError(404, "not_found", NOT_FOUND);
  await updateOwnerFields(c.env.DB, author(c), current, c.req.valid("json"));
  const certificate = await getCertificate(c.env.DB, c.var.account.id, id);
  if (!certificate) throw new ApiError(404, "not_found", NOT_FOUND); // deleted meanwhile
  return c.json({ certificate }, 200);
});

certificates.openapi(deleteRoute, async (c) => {
  if (!(await deleteCertificate(c.env.DB, c.var.account.id, c.req.valid("param").id))) {
    throw new ApiError(404, "not_found", NOT_FOUND);
  }
  return c.body(null, 204);
});

certificates.openapi(historyRoute, async (c) => {
  const { id } = c.req.valid("param");
  if (!(await getCertificateRow(c.env.DB, c.var.account.id, id))) throw new ApiError(404, "not_found", NOT_FOUND);
  return c.json({ history: await listIntentHistory(c.env.DB, c.var.account.id, id) }, 200);
});
