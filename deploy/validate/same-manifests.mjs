// Exits 1 when two manifest files hold different objects. quarkus-kubernetes writes map keys (labels, selectors) in
// no fixed order from one build to the next, so objects are compared as data: documents matched by kind and name,
// map keys in any order, lists of named items (containers, env, ports, volumes) by name.
import fs from "node:fs";
import { isDeepStrictEqual } from "node:util";
import { parseAllDocuments } from "yaml";

function canonical(value) {
  if (Array.isArray(value)) {
    const items = value.map(canonical);
    const named = items.length > 0 && items.every((i) => i && typeof i === "object" && typeof i.name === "string");
    return named ? items.sort((a, b) => a.name.localeCompare(b.name)) : items;
  }
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.keys(value).sort().map((key) => [key, canonical(value[key])]));
  }
  return value;
}

function objects(file) {
  const byKey = new Map();
  for (const document of parseAllDocuments(fs.readFileSync(file, "utf8"))) {
    const object = document.toJS();
    if (object) byKey.set(`${object.kind}/${object.metadata?.name}`, canonical(object));
  }
  return byKey;
}

/** Where two values first differ, as a path such as spec.replicas, with both values. */
function* differencesOf(a, b, at) {
  if (a && b && typeof a === "object" && typeof b === "object" && Array.isArray(a) === Array.isArray(b)) {
    for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])]) {
      const name = a[key]?.name ?? b[key]?.name;
      yield* differencesOf(a[key], b[key], Array.isArray(a) && typeof name === "string" ? `${at}[${name}]` : `${at}.${key}`);
    }
  } else if (!isDeepStrictEqual(a, b)) {
    yield `${at}: committed ${JSON.stringify(a)}, generated ${JSON.stringify(b)}`;
  }
}

const [committedFile, generatedFile] = process.argv.slice(2);
const committed = objects(committedFile);
const generated = objects(generatedFile);
const differences = [...new Set([...committed.keys(), ...generated.keys()])].sort()
  .filter((key) => !isDeepStrictEqual(committed.get(key), generated.get(key)));
for (const key of differences) {
  console.log(`${key}: ${!committed.has(key) ? "only generated" : !generated.has(key) ? "only committed" : "differs"}`);
  if (committed.has(key) && generated.has(key)) {
    for (const difference of differencesOf(committed.get(key), generated.get(key), "")) console.log(`  ${difference.slice(1)}`);
  }
}
process.exit(differences.length ? 1 : 0);
