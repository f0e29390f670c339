// VariableTable: a scope's variables by lower-case name, with the automatic `$_`, `$PSItem`, `$args` and `$input`
// kept beside the map.
//
// ForEach-Object, Where-Object, catch blocks and switch set `$_` in the caller's scope for each object and put back
// what was there afterwards, which usually means removing it. Removing and adding a key of a JavaScript Map over
// and over makes V8 rebuild the whole table every few objects (costly in a scope with many variables, such as the
// global one). And every function call defines `$args` and `$input` in its new scope besides `$PSCmdlet`,
// `$PSBoundParameters`, `$MyInvocation` and its parameters: kept out of the map, a call's few variables fit the
// map's first table instead of making V8 grow it. For everything else this is a plain Map, and to its users
// (get/set/has/delete, size, iteration) the table looks like one map holding all the variables.
import type { PSVariable } from './ps-variable.js';

/** The names held in slots, in the order iteration gives them (after the map's own). */
const slotNames = ['_', 'psitem', 'args', 'input'] as const;

function slotOf(key: string): number {
  // Internalized constant strings: these comparisons are pointer checks in the common case.
  if (key === '_') return 0;
  if (key === 'psitem') return 1;
  if (key === 'args') return 2;
  if (key === 'input') return 3;
  return -1;
}

export class VariableTable extends Map<string, PSVariable> {
  #slots: [PSVariable | undefined, PSVariable | undefined, PSVariable | undefined, PSVariable | undefined] = [
    undefined,
    undefined,
    undefined,
    undefined,
  ];

  override get(key: string): PSVariable | undefined {
    const slot = slotOf(key);
    return slot < 0 ? super.get(key) : this.#slots[slot];
  }

  override set(key: string, value: PSVariable): this {
    const slot = slotOf(key);
    if (slot < 0) super.set(key, value);
    else this.#slots[slot] = value;
    return this;
  }

  override has(key: string): boolean {
    const slot = slotOf(key);
    return slot < 0 ? super.has(key) : this.#slots[slot] !== undefined;
  }

  override delete(key: string): boolean {
    const slot = slotOf(key);
    if (slot < 0) return super.delete(key);
    const had = this.#slots[slot] !== undefined;
    this.#slots[slot] = undefined;
    return had;
  }

  override clear(): void {
    this.#slots.fill(undefined);
    super.clear();
  }

  override get size(): number {
    let n = super.size;
    for (const v of this.#slots) if (v !== undefined) n++;
    return n;
  }

  /** The map's variables in insertion order, then the slots that are set. */
  override *entries(): MapIterator<[string, PSVariable]> {
    yield* super.entries();
    for (let i = 0; i < slotNames.length; i++) {
      const v = this.#slots[i];
      if (v !== undefined) yield [slotNames[i] as string, v];
    }
  }

  override *keys(): MapIterator<string> {
    for (const [key] of this.entries()) yield key;
  }

  override *values(): MapIterator<PSVariable> {
    for (const [, value] of this.entries()) yield value;
  }

  override [Symbol.iterator](): MapIterator<[string, PSVariable]> {
    return this.entries();
  }

  override forEach(
    callback: (value: PSVariable, key: string, map: Map<string, PSVariable>) => void,
    thisArg?: unknown,
  ): void {
    for (const [key, value] of this.entries()) callback.call(thisArg, value, key, this);
  }
}
