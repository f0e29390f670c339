// [Tuple]::Create: tuples are array-backed (PowerShell 7 indexes ITuple: `$t[0]`), with Item1..Item7.
import { PS_TYPE_NAMES, typeNameOf } from '../../values/type-names.js';
import { objectToString } from '../../conversion/to-string.js';
import { method } from '../method-def.js';
import type { TypeInfoInit } from '../type-info.js';

export class TupleValue extends Array<unknown> {
  static override get [Symbol.species](): ArrayConstructor {
    return Array;
  }
  static of_(items: readonly unknown[]): TupleValue {
    const t = new TupleValue();
    t.push(...items);
    return t;
  }
  get [PS_TYPE_NAMES](): string[] {
    const args = this.map((v) => `[${v === null || v === undefined ? 'System.Object' : typeNameOf(v)}]`).join(
      ',',
    );
    return [`System.Tuple\`${this.length}[${args}]`, 'System.Object'];
  }
  override toString(): string {
    return `(${this.map((v) => objectToString(v)).join(', ')})`;
  }
}

const sig = (n: number): string =>
  `static System.Tuple[${Array.from({ length: n }, (_, i) => `T${i + 1}`).join(',')}] Create(${Array.from({ length: n }, (_, i) => `T${i + 1} item${i + 1}`).join(', ')})`;

export const TupleType: TypeInfoInit = {
  fullName: 'System.Tuple',
  staticMethods: [
    method<null>(
      'Create',
      ...Array.from(
        { length: 7 },
        (_, i) => [sig(i + 1), (_t: null, a: unknown[]) => TupleValue.of_(a)] as const,
      ),
    ),
  ],
};
