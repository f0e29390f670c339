// A compact, readable JSON view of an AST (no parents or extents): for fixtures, conformance diffs and debugging.
import type { Ast } from './ast.js';
import type { ITypeName } from './typeName.js';
import type { VariablePath } from './expressions.js';

/** A JSON value. */
export type SnapshotValue =
  string | number | boolean | null | SnapshotValue[] | { [key: string]: SnapshotValue };

const skipped = new Set(['parent', 'extent', 'errorPosition', 'nameExtent']);

function isNode(value: unknown): value is Ast {
  return typeof value === 'object' && value !== null && 'type' in value && 'extent' in value;
}

function isTypeName(value: unknown): value is ITypeName {
  return typeof value === 'object' && value !== null && 'kind' in value && 'fullName' in value;
}

function isVariablePath(value: unknown): value is VariablePath {
  return typeof value === 'object' && value !== null && 'userPath' in value && 'unqualifiedPath' in value;
}

function convert(value: unknown): SnapshotValue | undefined {
  if (value === null || value === undefined || value === false) return undefined;
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) {
    if (value.length === 0) return undefined;
    return value.map((v) => convert(v) ?? null);
  }
  if (isTypeName(value)) return value.fullName;
  if (isVariablePath(value)) return value.userPath;
  if (isNode(value)) return astToSnapshot(value);
  if (typeof value === 'object') {
    // Plain data such as ScriptRequirements.
    const out: { [key: string]: SnapshotValue } = {};
    for (const [key, v] of Object.entries(value)) {
      const converted = convert(v);
      if (converted !== undefined) out[key] = converted;
    }
    return out;
  }
  return undefined;
}

/**
 * `{ type, ...fields }` for every node, dropping parent/extent/errorPosition and empty values
 * (null, false, []); type names become their full name, variable paths their user path, bigints `123n`.
 */
export function astToSnapshot(ast: Ast): { [key: string]: SnapshotValue } {
  const out: { [key: string]: SnapshotValue } = { type: ast.type };
  for (const [key, value] of Object.entries(ast)) {
    if (key === 'type' || skipped.has(key)) continue;
    if (key === 'invocationOperator' && value === 'Unknown') continue;
    const converted = convert(value);
    if (converted !== undefined) out[key] = converted;
  }
  return out;
}
