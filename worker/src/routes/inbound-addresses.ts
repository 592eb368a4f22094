import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppEnv } from "../app-env";
import { createInboundAddress, deleteInboundAddress, listInboundAddresses } from "../db/inbound-addresses";
import { ApiError } from "../errors";
import { requireAccount } from "../middleware/auth";
import { limitBody } from "../middleware/body-limit";
import { rejectInvalidRequest } from "../validation";
import { bearerAuth, errorResponses, jsonResponse } from "./responses";

const AddressSchema = z.object({ address: z.string(), createdAt: z.string() }).openapi("InboundAddress");

const createAddressRoute = createRoute({
  method: "post",
  path: "/",
  summary: "Create an inbound address: mail sent to it is assessed and filed as notices",
  security: bearerAuth,
  responses: { 201: jsonResponse(z.object({ inboundAddress: AddressSchema }), "Created"), ...errorResponses(401) },
});

const listAddressesRoute = createRoute({
  method: "get",
  path: "/",
  summary: "The account's inbound addresses",
  security: bearerAuth,
  responses: {
    200: jsonResponse(z.object({ inboundAddresses: z.array(AddressSchema) }), "Addresses"),
    ...errorResponses(401),
  },
});

const deleteAddressRoute = createRoute({
  method: "delete",
  path: "/{address}",
  summary: "Stop accepting mail at an address (later mail to it is rejected)",
  security: bearerAuth,
  request: {
    params: z.object({
      address: z
        .string()
        .min(3)
        .openapi({ param: { name: "address", in: "path" } }),
    }),
  },
  responses: { 204: { description: "Deleted" }, ...errorResponses(401, 404) },
});

/** `/api/inbound-addresses`: Email Routing addresses of the account. */
export const inboundAddresses = new OpenAPIHono<AppEnv>({ defaultHook: rejectInvalidRequest });
inboundAddresses.use("*", requireAccount, limitBody);

inboundAddresses.openapi(createAddressRoute, async (c) => {
  const domain = c.env.INBOUND_EMAIL_DOMAIN;
  if (!domain)
    throw new ApiError(503, "inbound_domain_unset", "INBOUND_EMAIL_DOMAIN is not configured on this Worker.");
  return c.json({ inboundAddress: await createInboundAddress(c.env.DB, c.var.account.id, domain) }, 201);
});

inboundAddresses.openapi(listAddressesRoute, async (c) =>
  c.json({ inboundAddresses: await listInboundAddresses(c.env.DB, c.var.account.id) }, 200),
);

inboundAddresses.openapi(deleteAddressRoute, async (c) => {
  const { address } = c.req.valid("param");
  if (!(await deleteInboundAddress(c.env.DB, c.var.account.id, address))) {
    throw new ApiError(404, "not_found", `This account has no inbound address ${address}.`);
  }
  return c.body(null, 204);
});
