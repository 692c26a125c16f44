// Validates every Kubernetes object in the YAML files under the given folders (default: deploy/) against its schema,
// offline: built-in kinds with kubernetes-models (the Kubernetes OpenAPI schemas compiled for ajv), CloudNativePG
// kinds with the CRD schemas committed in schemas/ (strict: a field the CRD does not define is an error, where the
// API server would silently drop it). Prints one line per object; exits 1 when any is invalid or of an unknown kind.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { parseAllDocuments } from "yaml";

const here = path.dirname(fileURLToPath(import.meta.url));
const crdSchemas = path.join(here, "schemas", "cloudnative-pg-1.30.0");
// Not objects sent to the API server: kustomize reads these itself.
const notObjects = new Set(["kustomization.yaml", "kustomization.yml"]);

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addFormat("int32", { type: "number", validate: (n) => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31 });
ajv.addFormat("int64", { type: "number", validate: (n) => Number.isInteger(n) });
ajv.addFormat("byte", /^[A-Za-z0-9+/]*={0,2}$/);

/** Like kubeconform -strict: where a schema lists its properties and keeps no unknown fields, others are errors. */
function strict(schema) {
  if (Array.isArray(schema)) return schema.map(strict);
  if (schema === null || typeof schema !== "object") return schema;
  const copy = Object.fromEntries(Object.entries(schema).map(([key, value]) =>
    [key, key === "properties" ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, strict(v)])) : strict(value)]));
  if (copy.properties && copy.additionalProperties === undefined && !copy["x-kubernetes-preserve-unknown-fields"]) {
    copy.additionalProperties = false;
  }
  return copy;
}

const crdValidators = new Map();
function crdValidator(kind) {
  if (!crdValidators.has(kind)) {
    const file = path.join(crdSchemas, `${kind}.json`);
    crdValidators.set(kind, fs.existsSync(file) ? ajv.compile(strict(JSON.parse(fs.readFileSync(file, "utf8")))) : null);
  }
  return crdValidators.get(kind);
}

async function problems(object) {
  if (!object || typeof object.apiVersion !== "string" || typeof object.kind !== "string") {
    return ["not a Kubernetes object (apiVersion and kind are required)"];
  }
  const [group, version] = object.apiVersion.includes("/") ? object.apiVersion.split("/") : ["", object.apiVersion];
  if (group === "postgresql.cnpg.io" && version === "v1") {
    const validate = crdValidator(object.kind);
    if (!validate) return [`no CloudNativePG schema for kind ${object.kind} in ${path.relative(process.cwd(), crdSchemas)}`];
    return validate(object) ? [] : validate.errors.map((e) =>
      `${e.instancePath || "/"} ${e.message}${e.params?.additionalProperty ? `: ${e.params.additionalProperty}` : ""}`);
  }
  let model;
  try {
    model = (await import(`kubernetes-models/${group ? `${group}/` : ""}${version}/${object.kind}`))[object.kind];
  } catch {
    return [`unknown kind ${object.apiVersion} ${object.kind}`];
  }
  try {
    new model(object).validate();
    return [];
  } catch (error) {
    return [error.message];
  }
}

function yamlFiles(target) {
  if (fs.statSync(target).isFile()) return [target];
  return fs.readdirSync(target, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(target, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : yamlFiles(full);
    return /\.ya?ml$/.test(entry.name) && !notObjects.has(entry.name) ? [full] : [];
  });
}

const targets = process.argv.slice(2).length ? process.argv.slice(2) : [path.join(here, "..")];
let objects = 0;
let invalid = 0;
for (const file of targets.flatMap(yamlFiles).sort()) {
  const documents = parseAllDocuments(fs.readFileSync(file, "utf8"));
  for (const [index, document] of documents.entries()) {
    if (document.errors.length) {
      invalid++;
      console.log(`INVALID ${file} #${index + 1}: ${document.errors.map((e) => e.message).join("; ")}`);
      continue;
    }
    const object = document.toJS();
    if (object === null) continue;
    objects++;
    const found = await problems(object);
    const name = `${object?.kind ?? "?"} ${object?.metadata?.name ?? "?"}`;
    if (found.length) {
      invalid++;
      for (const problem of found) console.log(`INVALID ${file} #${index + 1} ${name}: ${problem}`);
    } else {
      console.log(`valid   ${file} #${index + 1} ${name}`);
    }
  }
}
console.log(`${objects - invalid} passed, ${invalid} failed`);
if (objects === 0) {
  console.log("no Kubernetes objects found");
  process.exit(1);
}
process.exit(invalid ? 1 : 0);
