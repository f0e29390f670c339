// System.DBNull: the one DBNull.Value, a database's missing value (no $null: pwsh 7 compares it as an object).
import { PS_TYPE_NAMES } from '../../values/symbols.js';
import type { TypeInfoInit } from '../type-info.js';
import { constant } from './define.js';

/** DBNull.Value: ToString() is empty; it equals only itself, and is true as a condition (an object). */
export class DBNullValue {
  static readonly value = new DBNullValue();
  private constructor() {}
  toString(): string {
    return '';
  }
  get [PS_TYPE_NAMES](): string[] {
    return ['System.DBNull', 'System.Object'];
  }
}

export const DBNullType: TypeInfoInit = {
  fullName: 'System.DBNull',
  isInstance: (v) => v instanceof DBNullValue,
  staticProperties: [constant('Value', 'System.DBNull', DBNullValue.value)],
};
