// -OutputFormat Json: one JSON line per output object on stdout and per error record on stderr.
import {
  getMember,
  propertyNamesOf,
  PSChar,
  PSDateTime,
  PSDouble,
  PSEnumValue,
  PSGuid,
  PSHashtable,
  PSInt64,
  PSObject,
  PSUri,
  toStringForDisplay,
  type ExecutionContext,
  type StreamRecord,
} from '@exosh/runtime';
import type { ConsoleWriter } from './console-streams.js';

/** Nesting past which a value is written as its text (property bags and collections). */
const MAX_DEPTH = 8;
/** Nesting past which a class-based object (a file's Directory, a date's parts…) is written as its text. */
const MAX_OBJECT_DEPTH = 2;

/** Values JSON writes as their text (as ConvertTo-Json does; an enum as its name). */
function isText(value: unknown): boolean {
  return (
    value instanceof PSDateTime ||
    value instanceof PSEnumValue ||
    value instanceof PSGuid ||
    value instanceof PSUri ||
    value instanceof PSChar
  );
}

function toJson(ctx: ExecutionContext, value: unknown, depth: number): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'bigint' || value instanceof PSInt64 || value instanceof PSDouble)
    return Number(value);
  if (isText(value)) return toStringForDisplay(value);
  if (depth > MAX_DEPTH) return toStringForDisplay(value);
  if (Array.isArray(value)) return value.map((v) => toJson(ctx, v, depth + 1));
  if (value instanceof PSHashtable)
    return Object.fromEntries(value.entries().map(([k, v]) => [String(k), toJson(ctx, v, depth + 1)]));
  // A wrapped value is written as the value: Get-Date's DisplayHint note does not turn a date into an object.
  if (value instanceof PSObject && !value.isCustomObject) {
    const base: unknown = value.baseObject;
    if (value.memberCount === 0 || isText(base)) return toJson(ctx, base, depth);
  }
  if (!(value instanceof PSObject && value.isCustomObject) && depth >= MAX_OBJECT_DEPTH)
    return toStringForDisplay(value);
  // The properties `.psobject.Properties` lists (notes and a class's own), as ConvertTo-Json and Format-List see them:
  // a SecureString shows only its Length.
  const names = propertyNamesOf(value);
  if (names.length === 0) return toStringForDisplay(value);
  return Object.fromEntries(names.map((n) => [n, toJson(ctx, getMember(ctx, value, n), depth + 1)]));
}

export function writeJsonRecord(
  ctx: ExecutionContext,
  record: StreamRecord,
  stdout: ConsoleWriter,
  stderr: ConsoleWriter,
): void {
  if (record.stream === 'output') {
    stdout.write(JSON.stringify(toJson(ctx, record.value, 0)) + '\n');
  } else if (record.stream === 'error') {
    const e = record.value;
    stderr.write(
      JSON.stringify({
        FullyQualifiedErrorId: e.fullyQualifiedErrorId,
        Message: e.exception.message,
        Category: e.categoryInfo.category,
        ...(e.invocationInfo.position
          ? { Line: e.invocationInfo.position.line, Column: e.invocationInfo.position.column }
          : {}),
      }) + '\n',
    );
  } else if (record.stream === 'information' && record.value.hostMessage) {
    // Write-Host text is for people: it goes to stderr so stdout stays pure JSON.
    stderr.write(record.value.hostMessage.text + (record.value.hostMessage.noNewLine ? '' : '\n'));
  } else if (record.stream === 'warning') {
    stderr.write(`WARNING: ${record.value}\n`);
  }
}
