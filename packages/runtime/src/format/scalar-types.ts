// pwsh's DefaultScalarTypes: the values Out-Default prints as their text rather than as a table or list.
import { isScriptBlockLike } from '../values/script-block-like.js';
import { PSObject } from '../values/ps-object.js';

const JS_PRIMITIVES: ReadonlySet<string> = new Set(['string', 'number', 'boolean', 'bigint']);

const SCALAR_TYPES: ReadonlySet<string> = new Set(
  [
    'System.String',
    'System.SByte',
    'System.Byte',
    'System.Int16',
    'System.UInt16',
    'System.Int32',
    'System.UInt32',
    'System.Int64',
    'System.UInt64',
    'System.Char',
    'System.Single',
    'System.Double',
    'System.Boolean',
    'System.Decimal',
    'System.IntPtr',
    'System.Security.SecureString',
    'System.Numerics.BigInteger',
  ].map((t) => t.toLowerCase()),
);

/**
 * The exact type (first type name) is one of pwsh's scalar types, or an enum. A script block shows as its text
 * (pwsh's ScriptBlock view).
 */
export function isScalarForDisplay(value: unknown, typeNames: readonly string[]): boolean {
  if (value === null || value === undefined || isScriptBlockLike(value)) return true;
  // A string or number under other type names (a help object standing in for its rendered text) shows its text.
  if (value instanceof PSObject && !value.isCustomObject && JS_PRIMITIVES.has(typeof value.baseObject))
    return true;
  const exact = typeNames[0]?.toLowerCase();
  if (exact !== undefined && SCALAR_TYPES.has(exact)) return true;
  return typeNames.some((t) => t === 'System.Enum');
}
