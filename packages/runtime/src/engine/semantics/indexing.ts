// Index expressions: arrays (negative indexes, slices), strings (chars), dictionaries (keys), lists.
import type { ExecutionContext } from '../execution-context.js';
import { PSHashtable } from '../../values/ps-hashtable.js';
import { PSList } from '../../values/ps-list.js';
import { PSObject } from '../../values/ps-object.js';
import { PSChar } from '../../values/ps-char.js';
import { convertTo, enumerate } from '../../conversion/index.js';
import { PSRuntimeException } from '../../values/ps-exception.js';
import { itemByKey } from '../../members/index.js';

function position(length: number, index: unknown): number {
  const i = Number(convertTo(index, 'int'));
  return i < 0 ? length + i : i;
}

/** What an out-of-bounds index gives: $null, or (Set-StrictMode 3+) the indexer's own exception. */
type OutOfBounds = 'null' | 'ArrayIndexOutOfRange' | 'ListIndexOutOfRange';

function indexSequence(
  target: readonly unknown[] | string,
  index: unknown,
  outOfBounds: OutOfBounds,
): unknown {
  const many = enumerate(index);
  if (many) {
    const out: unknown[] = [];
    for (const i of many) {
      const v = indexSequence(target, i, outOfBounds);
      if (v !== null && v !== undefined) out.push(v);
    }
    return out;
  }
  let i: number;
  try {
    i = position(target.length, index);
  } catch (err) {
    // `$a['x']`: the index converts at run time and fails inside the indexer's guard, so it is $null too (under
    // strict mode 3 the conversion error stands); an index of no convertible kind fails whatever the mode.
    if (outOfBounds === 'null' && typeof index === 'string') return null;
    throw err;
  }
  if (i < 0 || i >= target.length) {
    if (outOfBounds !== 'null') throw PSRuntimeException.of(outOfBounds);
    return null;
  }
  return typeof target === 'string' ? new PSChar(target.charCodeAt(i)) : target[i];
}

const strictIndexing = (ctx: ExecutionContext): boolean => ctx.sessionState.strictModeVersion() >= 3;

export function getIndex(_ctx: ExecutionContext, target: unknown, index: unknown): unknown {
  if (target instanceof PSObject && !target.isCustomObject) return getIndex(_ctx, target.baseObject, index);
  if (index === null || index === undefined) throw PSRuntimeException.of('NullArrayIndex');
  // Collections indexed by name: $m.Groups['name'], $o.psobject.Properties['Name'].
  const byKey = itemByKey(target, index);
  if (byKey.found) return byKey.value;
  // Arrays, strings (Chars) and lists index through pwsh's IndexWithNegativeChecks: under Set-StrictMode 3+ the
  // indexer's exception is rethrown (an array's and a string's IndexOutOfRange, a list's ArgumentOutOfRange).
  if (Array.isArray(target) || typeof target === 'string')
    return indexSequence(target, index, strictIndexing(_ctx) ? 'ArrayIndexOutOfRange' : 'null');
  if (target instanceof PSList)
    return indexSequence(target.items, index, strictIndexing(_ctx) ? 'ListIndexOutOfRange' : 'null');
  if (target instanceof PSHashtable) {
    const many = enumerate(index);
    if (many) return many.map((k) => target.get(k) ?? null);
    // An [ordered] dictionary also answers by position when the key is not there.
    if (target.ordered && typeof index === 'number' && !target.has(index)) {
      const entry = target.entryAt(index);
      // Its int indexer is an ArrayList's: out of range under Set-StrictMode 3 it throws.
      if (!entry && strictIndexing(_ctx)) throw PSRuntimeException.of('ListIndexOutOfRange');
      return entry?.[1] ?? null;
    }
    return target.get(index) ?? null;
  }
  // A scalar indexed by 0 is itself (PowerShell treats scalars as one-element collections).
  if (index === 0 || index === -1) return target;
  throw new PSRuntimeException(
    'CannotIndex',
    `Unable to index into an object of type "${typeof target}".`,
    'InvalidOperation',
    'System.Management.Automation.RuntimeException',
  );
}

export function setIndex(_ctx: ExecutionContext, target: unknown, index: unknown, value: unknown): void {
  if (index === null || index === undefined) throw PSRuntimeException.of('NullArrayIndex');
  if (target instanceof PSHashtable) {
    target.set(index, value);
    return;
  }
  const items = Array.isArray(target) ? target : target instanceof PSList ? target.items : undefined;
  if (!items) {
    throw new PSRuntimeException(
      'CannotIndex',
      `Unable to index into an object of type "${typeof target}".`,
      'InvalidOperation',
      'System.Management.Automation.RuntimeException',
    );
  }
  const i = position(items.length, index);
  // The setter's exception, whatever the strict mode.
  if (i < 0 || i >= items.length)
    throw PSRuntimeException.of(Array.isArray(target) ? 'ArrayIndexOutOfRange' : 'ListIndexOutOfRange');
  (items as unknown[])[i] = value;
}
