// VariableTable: a scope's variables by lower-case name, with `$_` and `$PSItem` kept beside the map.
//
// ForEach-Object, Where-Object, catch blocks and switch set `$_` in the caller's scope for each object and put back
// what was there afterwards, which usually means removing it. Removing and adding a key of a JavaScript Map over
// and over makes V8 rebuild the whole table every few objects (costly in a scope with many variables, such as the
// global one). These two names live in fields instead; for everything else this is a plain Map, and to its users
// (get/set/has/delete, size, iteration) the table looks like one map holding all the variables.
import type { PSVariable } from './ps-variable.js';

const underscore = '_';
const psitem = 'psitem';

export class VariableTable extends Map<string, PSVariable> {
  #underscore: PSVariable | undefined;
  #psitem: PSVariable | undefined;

  override get(key: string): PSVariable | undefined {
    if (key === underscore) return this.#underscore;
    if (key === psitem) return this.#psitem;
    return super.get(key);
  }

  override set(key: string, value: PSVariable): this {
    if (key === underscore) this.#underscore = value;
    else if (key === psitem) this.#psitem = value;
    else super.set(key, value);
    return this;
  }

  override has(key: string): boolean {
    if (key === underscore) return this.#underscore !== undefined;
    if (key === psitem) return this.#psitem !== undefined;
    return super.has(key);
  }

  override delete(key: string): boolean {
    if (key === underscore) {
      const had = this.#underscore !== undefined;
      this.#underscore = undefined;
      return had;
    }
    if (key === psitem) {
      const had = this.#psitem !== undefined;
      this.#psitem = undefined;
      return had;
    }
    return super.delete(key);
  }

  override clear(): void {
    this.#underscore = undefined;
    this.#psitem = undefined;
    super.clear();
  }

  override get size(): number {
    return super.size + (this.#underscore !== undefined ? 1 : 0) + (this.#psitem !== undefined ? 1 : 0);
  }

  /** The map's variables in insertion order, then `$_` and `$PSItem` (the last set, as a rule). */
  override *entries(): MapIterator<[string, PSVariable]> {
    yield* super.entries();
    if (this.#underscore !== undefined) yield [underscore, this.#underscore];
    if (this.#psitem !== undefined) yield [psitem, this.#psitem];
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
