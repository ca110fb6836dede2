import type { z } from 'zod';
import { FsPath } from '../../src-shared/contract/common';

// Inputs for the contract fuzz test, derived from each method's zod schema so that methods added
// later are covered without anyone listing them: a plausible input per method (pointing into a
// sandbox folder), then that input with one field at a time replaced by something malformed.

type Def = { type: string } & Record<string, unknown>;
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Where plausible paths point: everything a call may create stays under `root`. */
export interface FuzzSandbox {
  root: string;
  /** An existing project. */
  projectPath: string;
  /** A folder that exists (and is not a project). */
  folder: string;
  /** A file path that does not exist. */
  missingFile: string;
  /** A unique marker in every path that tries to escape, so the test can look for it afterwards. */
  escapeName: string;
}

const PATH_KEY = /path|dir|file|folder/i;
const PROJECT_KEY = /^(projectPath|path)$/;

/** A value the schema probably accepts, so a call gets past the fields not being fuzzed. */
export function plausibleValue(schema: z.ZodType, key: string, box: FuzzSandbox, depth = 0): unknown {
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
      if (schema === FsPath || PATH_KEY.test(key)) {
        if (PROJECT_KEY.test(key)) return box.projectPath;
        return /file/i.test(key) ? box.missingFile : box.folder;
      }
      return 'x';
    case 'number':
    case 'int':
      return 1;
    case 'bigint':
      return 1;
    case 'boolean':
      return false;
    case 'null':
      return null;
    case 'literal':
      return (def['values'] as unknown[])[0];
    case 'enum':
      return Object.values(def['entries'] as Record<string, unknown>)[0];
    case 'array':
      return depth > 6 ? [] : [plausibleValue(def['element'] as z.ZodType, key, box, depth + 1)];
    case 'object': {
      if (depth > 6) return {};
      const shape = def['shape'] as Record<string, z.ZodType>;
      return Object.fromEntries(Object.entries(shape).map(([k, s]) => [k, plausibleValue(s, k, box, depth + 1)]));
    }
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return plausibleValue(def['innerType'] as z.ZodType, key, box, depth);
    case 'pipe':
      return plausibleValue(def['in'] as z.ZodType, key, box, depth);
    case 'union':
      return plausibleValue((def['options'] as z.ZodType[])[0]!, key, box, depth);
    case 'lazy':
      return depth > 6 ? {} : plausibleValue((def['getter'] as () => z.ZodType)(), key, box, depth + 1);
    default:
      // record, unknown, any, map, tuple, intersection…: an empty object is the least surprising.
      return {};
  }
}

function nested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

/** Values no field should turn into a crash, a leak or a write outside the sandbox. */
export function malformedValues(box: FuzzSandbox): { label: string; value: unknown }[] {
  return [
    { label: 'null', value: null },
    { label: 'true', value: true },
    { label: 'a number', value: 42 },
    { label: '-1', value: -1 },
    { label: '0.5', value: 0.5 },
    { label: 'NaN', value: Number.NaN },
    { label: 'Infinity', value: Number.POSITIVE_INFINITY },
    { label: '-Infinity', value: Number.NEGATIVE_INFINITY },
    { label: 'an empty string', value: '' },
    { label: 'a short string', value: 'text' },
    { label: 'a huge string', value: 'x'.repeat(64 * 1024) },
    { label: 'a 400-digit number as text', value: '9'.repeat(400) },
    { label: 'an empty array', value: [] },
    { label: 'a huge array', value: new Array<number>(20_000).fill(0) },
    { label: 'an object', value: {} },
    { label: 'nesting 1,000 deep', value: nested(1000) },
    { label: 'a relative ../ path', value: `../../../../../${box.escapeName}` },
    { label: 'an absolute path climbing out with ..', value: `${box.root}/../${box.escapeName}` },
    { label: 'a Windows ..\\ path', value: `..\\..\\..\\${box.escapeName}` },
    { label: 'a NUL byte in a path', value: `${box.root}/x\u0000/${box.escapeName}` },
    { label: 'a NUL byte in text', value: 'x\u0000y' },
    { label: 'a __proto__ key', value: JSON.parse('{"__proto__": {"polluted": "yes"}}') as unknown },
    { label: 'constructor.prototype keys', value: { constructor: { prototype: { polluted: 'yes' } } } },
    { label: 'Object.prototype method names as keys', value: { toString: 'x', valueOf: 'y', hasOwnProperty: 'z' } },
  ];
}

export interface FuzzCase {
  label: string;
  input: unknown;
}

/** The input as JSON.parse gives it for `{"__proto__": …, …}`: an own property named __proto__. */
function withOwnProtoKey(base: unknown): unknown {
  const copy: Record<string, unknown> = { ...(base && typeof base === 'object' ? (base as Record<string, unknown>) : {}) };
  Object.defineProperty(copy, '__proto__', { value: { polluted: 'yes' }, enumerable: true, configurable: true, writable: true });
  return copy;
}

function withValueAt(base: unknown, path: readonly (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  const child = withValueAt((base as Record<string | number, unknown>)[head!], rest, value);
  if (Array.isArray(base)) return base.map((item, i) => (i === head ? child : item));
  return { ...(base as Record<string, unknown>), [head!]: child };
}

/** Field paths of a plausible input, down to `maxDepth` (array elements count as a level). */
function fieldPaths(value: unknown, maxDepth: number, prefix: (string | number)[] = []): (string | number)[][] {
  if (prefix.length >= maxDepth || value === null || typeof value !== 'object') return [];
  const entries: [string | number, unknown][] = Array.isArray(value) ? (value.length > 0 ? [[0, value[0]]] : []) : Object.entries(value);
  return entries.flatMap(([k, v]) => [[...prefix, k], ...fieldPaths(v, maxDepth, [...prefix, k])]);
}

/**
 * Every malformed input for one method: the whole input replaced (null, a number, an array,
 * prototype keys, thousands of unknown keys…), then each field down to three levels replaced by
 * each malformed value.
 */
export function fuzzCases(input: z.ZodType, box: FuzzSandbox): FuzzCase[] {
  const base = plausibleValue(input, '', box);
  const bad = malformedValues(box);
  const manyKeys = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`k${i}`, i]));
  const cases: FuzzCase[] = [
    { label: 'no input (undefined)', input: undefined },
    ...bad.map((b) => ({ label: `input = ${b.label}`, input: b.value })),
    { label: 'plausible input with a __proto__ key', input: withOwnProtoKey(base) },
    { label: 'plausible input with 5,000 unknown keys', input: { ...manyKeys, ...(base as object) } },
  ];
  for (const path of fieldPaths(base, 3)) {
    for (const b of bad) cases.push({ label: `${path.join('.')} = ${b.label}`, input: withValueAt(base, path, b.value) });
  }
  return cases;
}

const NON_JSON = new Map<number, string>([
  [Number.POSITIVE_INFINITY, '1e999'],
  [Number.NEGATIVE_INFINITY, '-1e999'],
]);

/**
 * The JSON text a hostile HTTP client sends for an input: Infinity as 1e999 (JSON.parse turns
 * it back into Infinity), NaN as null (JSON has none; the IPC path carries the real NaN).
 */
export function hostileJson(input: unknown): string {
  if (input === undefined) return '';
  const markers: string[] = [];
  const text = JSON.stringify(input, (_key, value: unknown) => {
    if (typeof value === 'number' && NON_JSON.has(value)) {
      markers.push(NON_JSON.get(value)!);
      return `\u0001${markers.length - 1}\u0001`;
    }
    return value;
  });
  return text.replace(/"\\u0001(\d+)\\u0001"/g, (_m, i: string) => markers[Number(i)]!);
}
