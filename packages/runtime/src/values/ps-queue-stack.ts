// PSQueue / PSStack: System.Collections.Generic.Queue[T] / Stack[T] (and their non-generic forms).
import { PSRuntimeException } from './ps-exception.js';

export class PSQueue {
  /** Full name of T, or undefined for System.Collections.Queue. */
  readonly elementType: string | undefined;
  readonly #items: unknown[] = [];
  #head = 0;

  constructor(elementType?: string, items: Iterable<unknown> = []) {
    this.elementType = elementType;
    for (const i of items) this.enqueue(i);
  }

  get count(): number {
    return this.#items.length - this.#head;
  }

  enqueue(item: unknown): void {
    this.#items.push(item);
  }

  dequeue(): unknown {
    if (this.count === 0) throw PSRuntimeException.of('QueueEmpty');
    const item = this.#items[this.#head];
    this.#head++;
    // Compact occasionally so a long-lived queue does not keep consumed items alive.
    if (this.#head > 1024 && this.#head * 2 > this.#items.length) {
      this.#items.splice(0, this.#head);
      this.#head = 0;
    }
    return item;
  }

  peek(): unknown {
    if (this.count === 0) throw PSRuntimeException.of('QueueEmpty');
    return this.#items[this.#head];
  }

  contains(item: unknown, equals: (a: unknown, b: unknown) => boolean = Object.is): boolean {
    return this.toArray().some((i) => equals(i, item));
  }

  clear(): void {
    this.#items.length = 0;
    this.#head = 0;
  }

  /** Front first. */
  toArray(): unknown[] {
    return this.#items.slice(this.#head);
  }

  [Symbol.iterator](): Iterator<unknown> {
    return this.toArray()[Symbol.iterator]();
  }
}

export class PSStack {
  /** Full name of T, or undefined for System.Collections.Stack. */
  readonly elementType: string | undefined;
  readonly #items: unknown[] = [];

  constructor(elementType?: string, items: Iterable<unknown> = []) {
    this.elementType = elementType;
    for (const i of items) this.push(i);
  }

  get count(): number {
    return this.#items.length;
  }

  push(item: unknown): void {
    this.#items.push(item);
  }

  pop(): unknown {
    if (this.#items.length === 0) throw PSRuntimeException.of('StackEmpty');
    return this.#items.pop();
  }

  peek(): unknown {
    if (this.#items.length === 0) throw PSRuntimeException.of('StackEmpty');
    return this.#items[this.#items.length - 1];
  }

  contains(item: unknown, equals: (a: unknown, b: unknown) => boolean = Object.is): boolean {
    return this.#items.some((i) => equals(i, item));
  }

  clear(): void {
    this.#items.length = 0;
  }

  /** Top first, as Stack enumerates. */
  toArray(): unknown[] {
    return [...this.#items].reverse();
  }

  [Symbol.iterator](): Iterator<unknown> {
    return this.toArray()[Symbol.iterator]();
  }
}
