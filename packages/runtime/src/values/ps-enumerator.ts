// PSEnumerator: a .NET IEnumerator over a collection's items (an array's or list's GetEnumerator()).
import { PS_TYPE_NAMES } from './symbols.js';

/**
 * MoveNext/Current/Reset as .NET's enumerators answer them; the pipeline (and foreach) enumerates what it has not
 * yet moved past, as pwsh enumerates an IEnumerator it is given.
 */
export class PSEnumerator {
  readonly #items: readonly unknown[];
  #index = -1;

  constructor(items: readonly unknown[]) {
    this.#items = items;
  }

  MoveNext(): boolean {
    if (this.#index < this.#items.length) this.#index++;
    return this.#index < this.#items.length;
  }

  /** The item MoveNext() moved to ($null before the first MoveNext() and after the last). */
  get Current(): unknown {
    return this.#index >= 0 && this.#index < this.#items.length ? this.#items[this.#index] : null;
  }

  Reset(): void {
    this.#index = -1;
  }

  /** The items not yet moved to; enumerating them uses the enumerator up, as a .NET enumerator is. */
  takeRemaining(): unknown[] {
    const rest = this.#items.slice(this.#index + 1);
    this.#index = this.#items.length;
    return rest;
  }

  get [PS_TYPE_NAMES](): string[] {
    return ['System.Collections.IEnumerator', 'System.Object'];
  }
}
