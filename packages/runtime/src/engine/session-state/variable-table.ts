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

export class VariableTable extends Map<string, PSVariable> {
  // Four fields rather than an array: one object less per scope (a scope is made per function call).
  #underscore: PSVariable | undefined;
  #psitem: PSVariable | undefined;
  #args: PSVariable | undefined;
  #input: PSVariable | undefined;

  override get(key: string): PSVariable | undefined {
    // Internalized constant strings: these comparisons are pointer checks in the common case.
    if (key === '_') return this.#underscore;
    if (key === 'psitem') return this.#psitem;
    if (key === 'args') return this.#args;
    if (key === 'input') return this.#input;
    return super.get(key);
  }

  override set(key: string, value: PSVariable): this {
    if (key === '_') this.#underscore = value;
    else if (key === 'psitem') this.#psitem = value;
    else if (key === 'args') this.#args = value;
    else if (key === 'input') this.#input = value;
    else super.set(key, value);
    return this;
  }

  override has(key: string): boolean {
    if (key === '_' || key === 'psitem' || key === 'args' || key === 'input')
      return this.get(key) !== undefined;
    return super.has(key);
  }

  override delete(key: string): boolean {
    if (key !== '_' && key !== 'psitem' && key !== 'args' && key !== 'input') return super.delete(key);
    const had = this.get(key) !== undefined;
    if (key === '_') this.#underscore = undefined;
    else if (key === 'psitem') this.#psitem = undefined;
    else if (key === 'args') this.#args = undefined;
    else this.#input = undefined;
    return had;
  }

  override clear(): void {
    this.#underscore = this.#psitem = this.#args = this.#input = undefined;
    super.clear();
  }

  override get size(): number {
    let n = super.size;
    for (const name of slotNames) if (this.get(name) !== undefined) n++;
    return n;
  }

  /** The map's variables in insertion order, then the slots that are set. */
  override *entries(): MapIterator<[string, PSVariable]> {
    yield* super.entries();
    for (const name of slotNames) {
      const v = this.get(name);
      if (v !== undefined) yield [name, v];
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
