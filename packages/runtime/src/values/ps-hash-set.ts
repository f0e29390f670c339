// PSHashSet: System.Collections.Generic.HashSet[T]; ordinal (case-sensitive) unless built with an ignore-case comparer.
import { PSChar } from './ps-char.js';

export class PSHashSet {
  readonly elementType: string;
  readonly ignoreCase: boolean;
  readonly #items = new Map<unknown, unknown>();

  constructor(elementType = 'System.Object', items: Iterable<unknown> = [], ignoreCase = false) {
    this.elementType = elementType;
    this.ignoreCase = ignoreCase;
    for (const i of items) this.add(i);
  }

  #key(item: unknown): unknown {
    if (typeof item === 'string') return this.ignoreCase ? `s:${item.toUpperCase()}` : `s:${item}`;
    if (item instanceof PSChar) return `c:${item.code}`;
    return item;
  }

  get count(): number {
    return this.#items.size;
  }

  /** Returns false when the item was already present (HashSet.Add). */
  add(item: unknown): boolean {
    const k = this.#key(item);
    if (this.#items.has(k)) return false;
    this.#items.set(k, item);
    return true;
  }

  contains(item: unknown): boolean {
    return this.#items.has(this.#key(item));
  }

  remove(item: unknown): boolean {
    return this.#items.delete(this.#key(item));
  }

  clear(): void {
    this.#items.clear();
  }

  unionWith(items: Iterable<unknown>): void {
    for (const i of items) this.add(i);
  }

  intersectWith(items: Iterable<unknown>): void {
    const other = new PSHashSet(this.elementType, items, this.ignoreCase);
    for (const [k, v] of [...this.#items]) if (!other.contains(v)) this.#items.delete(k);
  }

  exceptWith(items: Iterable<unknown>): void {
    for (const i of items) this.remove(i);
  }

  /** Items in insertion order. */
  toArray(): unknown[] {
    return [...this.#items.values()];
  }

  [Symbol.iterator](): Iterator<unknown> {
    return this.#items.values();
  }
}
