// The OpenAPI contract, checked on every answer the worker tests get through `api()`: the
// operation is in the document, the status is one it declares, and a JSON body matches the
// declared schema. The document and the Worker cannot drift apart without a test failing.
import { Validator, type Schema } from "@cfworker/json-schema";
import { exports } from "cloudflare:workers";

type MediaTypes = Record<string, { schema?: Schema }>;
type Operation = { responses: Record<string, { content?: MediaTypes }> };
type Document = { paths: Record<string, Record<string, Operation>>; components: Record<string, unknown> };

let documentPromise: Promise<Document> | undefined;
const validators = new Map<string, Validator>();

function loadDocument(): Promise<Document> {
  documentPromise ??= exports.default
    .fetch(new Request("http://localhost/api/openapi.json"))
    .then((response) => response.json() as Promise<Document>);
  return documentPromise;
}

/** The document's path template for a concrete path; literal segments win over parameters. */
function templateFor(document: Document, path: string): string | undefined {
  const segments = path.split("/");
  let best: { template: string; params: number } | undefined;
  for (const template of Object.keys(document.paths)) {
    const parts = template.split("/");
    if (parts.length !== segments.length) continue;
    let params = 0;
    const fits = parts.every((part, i) => {
      if (part.startsWith("{") && part.endsWith("}")) return ++params > 0 && segments[i] !== "";
      return part === segments[i];
    });
    if (fits && (!best || params < best.params)) best = { template, params };
  }
  return best?.template;
}

function validatorFor(document: Document, key: string, schema: Schema): Validator {
  let validator = validators.get(key);
  if (!validator) {
    // The response schema refers to #/components/…: validate against a root that holds them.
    validator = new Validator({ components: document.components, allOf: [schema] } as Schema, "2020-12", false);
    validators.set(key, validator);
  }
  return validator;
}

/** Throws when `response` to `request` is not what the OpenAPI document promises. */
export async function checkContract(request: Request, response: Response): Promise<void> {
  const url = new URL(request.url);
  if (url.pathname === "/api/openapi.json") return;
  const document = await loadDocument();
  const method = request.method.toLowerCase();
  const where = `${request.method} ${url.pathname} → ${response.status}`;
  const template = templateFor(document, url.pathname);
  const operation = template ? document.paths[template][method] : undefined;
  if (!operation) {
    if (response.status === 404 || response.status === 405) return; // no such route, said as the API says it
    throw new Error(`Contract: ${where} is not an operation of /api/openapi.json.`);
  }
  const declared =
    operation.responses[String(response.status)] ?? operation.responses[`${String(response.status)[0]}XX`];
  if (!declared) {
    const statuses = Object.keys(operation.responses).join(", ");
    throw new Error(`Contract: ${where} is not declared for ${request.method} ${template} (declared: ${statuses}).`);
  }
  const type = (response.headers.get("content-type") ?? "").split(";")[0].trim();
  if (!declared.content || response.status === 204) return;
  const media = declared.content[type];
  if (!media) {
    throw new Error(
      `Contract: ${where} answered ${type || "no content type"}; declared: ${Object.keys(declared.content).join(", ")}.`,
    );
  }
  if (type !== "application/json" || !media.schema) return;
  const body = await response.clone().json();
  const result = validatorFor(document, `${method} ${template} ${response.status}`, media.schema).validate(body);
  if (!result.valid) {
    const errors = result.errors
      .filter((error) => error.keyword !== "allOf" && error.keyword !== "$ref")
      .slice(0, 5)
      .map((error) => `${error.instanceLocation}: ${error.error}`)
      .join("; ");
    throw new Error(`Contract: the body of ${where} does not match the document: ${errors}`);
  }
}
