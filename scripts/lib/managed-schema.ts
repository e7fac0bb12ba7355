// Builds Chrome's storage.managed_schema from the settings catalog, checks it against Chrome's
// rules, and validates sample policies against it. Chrome's rules (developer.chrome.com/docs/
// extensions/reference/manifest/storage): a JSON Schema draft-03 subset; the top level is
// `type: object`; no top-level additionalProperties; each node has exactly one `type` (or a $ref);
// arrays need `items`. An invalid schema stops the extension from loading, so CI checks it.
import { CATALOG, SETTING_KEYS, type SettingSpec } from '../../src/settings/catalog';

export interface SchemaNode {
  type: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
  title?: string;
  description?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  enum?: readonly (string | number)[];
  minimum?: number;
  maximum?: number;
}

function nodeFor(spec: SettingSpec): SchemaNode {
  const doc = { title: spec.title, description: spec.description };
  switch (spec.type) {
    case 'boolean':
      return { ...doc, type: 'boolean' };
    case 'integer':
      return { ...doc, type: 'integer', minimum: spec.min, maximum: spec.max };
    case 'number':
      // Chrome's schema parser ranges integers only; the reader (merge.ts) enforces min/max.
      return { ...doc, type: 'number' };
    case 'string':
      return { ...doc, type: 'string' };
    case 'string[]':
      return {
        ...doc,
        type: 'array',
        items: spec.items ? { type: 'string', enum: [...spec.items] } : { type: 'string' },
      };
  }
}

export function buildManagedSchema(): SchemaNode {
  const properties: Record<string, SchemaNode> = {};
  for (const key of SETTING_KEYS) properties[key] = nodeFor(CATALOG[key]);
  return {
    type: 'object',
    title: 'Alliance Coach clinic policy',
    description: 'Settings a clinic may fix for Alliance Coach. A set value is locked for the user.',
    properties,
  };
}

export function schemaText(): string {
  return JSON.stringify(buildManagedSchema(), null, 2) + '\n';
}

const ALLOWED_ATTRS = new Set([
  'type', 'title', 'description', 'properties', 'additionalProperties', 'patternProperties',
  'items', 'enum', 'minimum', 'maximum', 'pattern', '$ref', 'id',
]);
const TYPES = new Set(['object', 'array', 'string', 'integer', 'number', 'boolean', 'null', 'any']);

/** Chrome's structural rules; returns human-readable errors (empty = acceptable). */
export function chromeSchemaErrors(schema: unknown): string[] {
  const errors: string[] = [];
  const walk = (node: unknown, path: string, top: boolean) => {
    if (typeof node !== 'object' || node === null || Array.isArray(node)) {
      errors.push(`${path}: not an object`);
      return;
    }
    const n = node as Record<string, unknown>;
    for (const k of Object.keys(n)) if (!ALLOWED_ATTRS.has(k)) errors.push(`${path}: unsupported attribute "${k}"`);
    const hasType = typeof n.type === 'string';
    if (hasType === ('$ref' in n)) errors.push(`${path}: needs exactly one of "type" or "$ref"`);
    if (hasType && !TYPES.has(n.type as string)) errors.push(`${path}: unknown type ${String(n.type)}`);
    if (top && n.type !== 'object') errors.push(`${path}: top level must be type "object"`);
    if (top && 'additionalProperties' in n) errors.push(`${path}: no top-level additionalProperties`);
    if (n.type === 'array' && !('items' in n)) errors.push(`${path}: array without "items"`);
    if (('minimum' in n || 'maximum' in n) && n.type !== 'integer') errors.push(`${path}: minimum/maximum on a non-integer`);
    if ('enum' in n && !Array.isArray(n.enum)) errors.push(`${path}: enum must be a list`);
    if (n.properties !== undefined) {
      if (typeof n.properties !== 'object' || n.properties === null) errors.push(`${path}: bad properties`);
      else for (const [k, v] of Object.entries(n.properties)) walk(v, `${path}.${k}`, false);
    }
    if (n.items !== undefined) walk(n.items, `${path}[]`, false);
  };
  walk(schema, '$', true);
  return errors;
}

/** Validates a policy value against our (generated) schema, the way Chrome would. */
export function policyErrors(schema: SchemaNode, value: unknown, path = '$'): string[] {
  const errs: string[] = [];
  const t = schema.type;
  const ok =
    (t === 'object' && typeof value === 'object' && value !== null && !Array.isArray(value)) ||
    (t === 'array' && Array.isArray(value)) ||
    (t === 'string' && typeof value === 'string') ||
    (t === 'boolean' && typeof value === 'boolean') ||
    (t === 'number' && typeof value === 'number' && Number.isFinite(value)) ||
    (t === 'integer' && Number.isInteger(value));
  if (!ok) return [`${path}: expected ${t}`];
  if (schema.enum && !schema.enum.includes(value as string | number)) errs.push(`${path}: not one of ${schema.enum.join(', ')}`);
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) errs.push(`${path}: below ${schema.minimum}`);
    if (schema.maximum !== undefined && value > schema.maximum) errs.push(`${path}: above ${schema.maximum}`);
  }
  if (t === 'object') {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      const sub = schema.properties?.[k];
      // Chrome drops unknown properties with a warning; for our samples that is a mistake.
      if (!sub) errs.push(`${path}.${k}: unknown property`);
      else errs.push(...policyErrors(sub, v, `${path}.${k}`));
    }
  }
  if (t === 'array' && schema.items) (value as unknown[]).forEach((v, i) => errs.push(...policyErrors(schema.items!, v, `${path}[${i}]`)));
  return errs;
}
