// Valid values from the OpenAPI schemas, and the leaves of a value with the schema that describes each.

export class Schemas {
  constructor(doc) {
    this.doc = doc;
  }

  /** A schema with its $ref followed (siblings of the $ref, such as a description, are kept). */
  resolve(schema) {
    let s = schema ?? {};
    for (let guard = 0; s.$ref && guard < 20; guard += 1) {
      const target = s.$ref.replace(/^#\//, '').split('/').reduce((node, key) => node?.[key], this.doc) ?? {};
      const { $ref, ...rest } = s;
      s = { ...target, ...rest };
    }
    return s;
  }

  /**
   * A valid value for `schema`; `named(name, schema)` may supply one for a field by its name (a fixture's code or
   * id), and returns undefined otherwise.
   */
  valid(schema, named, name = '', depth = 0) {
    const s = this.resolve(schema);
    const given = named(name, s);
    if (given !== undefined) return given;
    if (s.enum) return s.enum[0];
    const type = s.type ?? (s.properties ? 'object' : s.items ? 'array' : 'string');
    switch (type) {
      case 'object': {
        const value = {};
        if (depth > 6) return value;
        for (const [key, child] of Object.entries(s.properties ?? {})) value[key] = this.valid(child, named, key, depth + 1);
        return value;
      }
      case 'array': {
        const item = this.resolve(s.items);
        const one = this.valid(s.items, named, name, depth + 1);
        // An array schema that lists its enum on itself (mandatoryCategories) gets the first value.
        if (s.enum) return [s.enum[0]];
        return item ? [one] : [];
      }
      case 'integer':
        return s.minimum ?? 1;
      case 'number':
        return s.minimum ?? 1;
      case 'boolean':
        return false;
      default:
        if (s.format === 'date') return '2023-03-01';
        if (s.format === 'date-time') return '2023-03-01T09:30:00+08:00';
        if (s.format === 'binary') return '';
        if (s.examples?.length && typeof s.examples[0] === 'string') return s.examples[0];
        return 'x'.repeat(Math.max(1, s.minLength ?? 1));
    }
  }

  /** Every leaf and container of `value` with its path and the schema describing it (arrays: their first item). */
  walk(value, schema, path = [], out = []) {
    const s = this.resolve(schema);
    out.push({ path, schema: s, value });
    if (Array.isArray(value)) {
      if (value.length) this.walk(value[0], s.items, [...path, 0], out);
    } else if (value && typeof value === 'object') {
      for (const key of Object.keys(value)) this.walk(value[key], s.properties?.[key], [...path, key], out);
    }
    return out;
  }
}

export const pathText = (path) => path.reduce((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${key}` : key), '') || '(body)';

export function setAt(root, path, value) {
  if (path.length === 0) return value;
  const copy = structuredClone(root);
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key];
  node[path.at(-1)] = value;
  return copy;
}

export function removeAt(root, path) {
  const copy = structuredClone(root);
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key];
  if (Array.isArray(node)) node.splice(path.at(-1), 1);
  else delete node[path.at(-1)];
  return copy;
}

const SENTINEL = '@@YINGSU-BAD-INPUT@@';

/** The JSON text of `root` with the value at `path` replaced by the raw text given (which need not be JSON). */
export function withRaw(root, path, raw) {
  const text = JSON.stringify(setAt(root, path, SENTINEL));
  return text.replace(JSON.stringify(SENTINEL), raw);
}
