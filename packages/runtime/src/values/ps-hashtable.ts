// PSHashtable: [hashtable], [ordered] (OrderedDictionary) and Dictionary[K,V]; insertion-ordered storage.
import { PSRuntimeException } from './ps-exception.js';
import { PSChar } from './ps-char.js';
import { PSInt64 } from './ps-int64.js';
import { isUnsigned } from './ps-unsigned.js';
import { PSDouble } from './ps-double.js';
import { PSObject } from './ps-object.js';

export type HashtableKind = 'Hashtable' | 'OrderedDictionary' | 'Dictionary';

export interface PSHashtableOptions {
  /** true for `[ordered]` (OrderedDictionary). */
  readonly ordered?: boolean;
  /** Keys compare case-sensitively (Dictionary[string,T] with the default comparer). */
  readonly caseSensitive?: boolean;
  /** For Dictionary[K,V]: the full type names of K and V. */
  readonly typeArguments?: readonly [string, string];
}

interface Entry {
  key: unknown;
  value: unknown;
}

/**
 * String keys compare case-insensitively unless `caseSensitive`. Display order is insertion order for
 * every kind (PowerShell shows a plain hashtable in hash order; we document the difference).
 */
export class PSHashtable {
  readonly ordered: boolean;
  readonly caseSensitive: boolean;
  readonly typeArguments: readonly [string, string] | undefined;
  readonly #map = new Map<unknown, Entry>();

  constructor(options: PSHashtableOptions = {}) {
    this.ordered = options.ordered ?? false;
    this.caseSensitive = options.caseSensitive ?? false;
    this.typeArguments = options.typeArguments;
  }

  static from(entries: Iterable<readonly [unknown, unknown]>, options: PSHashtableOptions = {}): PSHashtable {
    const table = new PSHashtable(options);
    for (const [k, v] of entries) table.set(k, v);
    return table;
  }

  get kind(): HashtableKind {
    if (this.typeArguments) return 'Dictionary';
    return this.ordered ? 'OrderedDictionary' : 'Hashtable';
  }

  #norm(key: unknown): unknown {
    if (key === null || key === undefined) throw PSRuntimeException.of('ArgumentNullKey');
    if (typeof key === 'string') return this.caseSensitive ? key : key.toLowerCase();
    if (key instanceof PSChar) return `\u0000char:${key.code}`;
    // Boxed longs are equal by value (and never equal to an Int32 of the same value, as in .NET).
    if (key instanceof PSInt64) return `\u0000int64:${key.value}`;
    if (isUnsigned(key)) return `\u0000${key.typeName}:${key.value}`;
    if (key instanceof PSDouble) return `\u0000double:${key.value}`;
    // A PSObject that only wraps a value keys by that value ($h[$x] where $x came through a pipeline).
    if (key instanceof PSObject && !key.isCustomObject) return this.#norm(key.baseObject);
    return key;
  }

  get count(): number {
    return this.#map.size;
  }

  get(key: unknown): unknown {
    if (key === null || key === undefined) return undefined;
    return this.#map.get(this.#norm(key))?.value;
  }

  has(key: unknown): boolean {
    if (key === null || key === undefined) return false;
    return this.#map.has(this.#norm(key));
  }

  /** Indexer assignment: adds or replaces (an existing key keeps its original spelling and position). */
  set(key: unknown, value: unknown): void {
    const k = this.#norm(key);
    const existing = this.#map.get(k);
    if (existing) existing.value = value;
    else this.#map.set(k, { key, value });
  }

  /** `.Add(key, value)`: throws .NET's duplicate-key ArgumentException when the key exists. */
  add(key: unknown, value: unknown): void {
    const k = this.#norm(key);
    const existing = this.#map.get(k);
    if (existing) {
      if (this.kind === 'Dictionary') throw PSRuntimeException.of('DictionaryDuplicateKey', String(key));
      throw PSRuntimeException.of('AddingDuplicateKey', String(existing.key), String(key));
    }
    this.#map.set(k, { key, value });
  }

  delete(key: unknown): boolean {
    if (key === null || key === undefined) throw PSRuntimeException.of('ArgumentNullKey');
    return this.#map.delete(this.#norm(key));
  }

  clear(): void {
    this.#map.clear();
  }

  keys(): unknown[] {
    return [...this.#map.values()].map((e) => e.key);
  }

  values(): unknown[] {
    return [...this.#map.values()].map((e) => e.value);
  }

  /** [key, value] pairs in insertion order. Deliberately not Symbol.iterator: hashtables do not enumerate in pipelines. */
  entries(): Array<[unknown, unknown]> {
    return [...this.#map.values()].map((e) => [e.key, e.value]);
  }

  /** The entry at a position (OrderedDictionary's `[int]` indexer); undefined when out of range. */
  entryAt(index: number): [unknown, unknown] | undefined {
    const i = index < 0 ? this.#map.size + index : index;
    if (!Number.isInteger(i) || i < 0 || i >= this.#map.size) return undefined;
    let n = 0;
    for (const e of this.#map.values()) if (n++ === i) return [e.key, e.value];
    return undefined;
  }

  containsValue(value: unknown): boolean {
    for (const e of this.#map.values()) if (e.value === value) return true;
    return false;
  }

  /** `.Clone()`: a shallow copy of the same kind. */
  clone(): PSHashtable {
    const copy = new PSHashtable({
      ordered: this.ordered,
      caseSensitive: this.caseSensitive,
      ...(this.typeArguments ? { typeArguments: this.typeArguments } : {}),
    });
    for (const e of this.#map.values()) copy.set(e.key, e.value);
    return copy;
  }
}
