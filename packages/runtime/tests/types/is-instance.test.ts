import { PSInt64 } from '../../src/values/ps-int64.js';
import { describe, expect, it } from 'vitest';
import { PSChar } from '../../src/values/ps-char.js';
import { PSDateTime } from '../../src/values/ps-datetime.js';
import { PSHashtable } from '../../src/values/ps-hashtable.js';
import { PSList } from '../../src/values/ps-list.js';
import { PSObject } from '../../src/values/ps-object.js';
import { PSTimeSpan } from '../../src/values/ps-timespan.js';
import { withElementType } from '../../src/values/type-names.js';
import { isInstanceOf } from '../../src/types/index.js';
import { switchParameter } from '../../src/engine/adapters/switch-parameter.js';
import { get, registry } from './helpers.js';

const is = (value: unknown, type: string): boolean => isInstanceOf(value, registry.resolve(type), registry);

describe('-is', () => {
  const custom = PSObject.fromEntries([['a', 1]]);
  const rows: Array<[string, unknown, string, boolean]> = [
    ['string', 'x', 'string', true],
    ['string', 'x', 'object', true],
    ['string', 'x', 'int', false],
    ['int', 5, 'int', true],
    ['int', 5, 'long', false],
    ['long', new PSInt64(2n ** 40n), 'long', true],
    ['long', new PSInt64(2n ** 40n), 'int', false],
    ['int overflow', 2 ** 40, 'double', true],
    ['int overflow', 2 ** 40, 'long', false],
    ['int', 5, 'valuetype', true],
    ['int', 5, 'double', false],
    ['double', 2.5, 'double', true],
    ['double', 2.5, 'int', false],
    ['bool', true, 'bool', true],
    // A plain Boolean is no SwitchParameter ($false -is [switch] is False); the engine's switch value is.
    ['bool', false, 'switch', false],
    ['switch', switchParameter(false), 'switch', true],
    ['switch', switchParameter(true), 'bool', false],
    ['null', null, 'object', false],
    ['null', null, 'string', false],
    ['char', new PSChar(65), 'char', true],
    ['char', new PSChar(65), 'string', false],
    ['datetime', PSDateTime.fromParts(2024, 1, 1), 'datetime', true],
    ['datetime', PSDateTime.fromParts(2024, 1, 1), 'valuetype', true],
    ['timespan', PSTimeSpan.zero, 'timespan', true],
    ['object[]', [1, 2], 'array', true],
    ['object[]', [1, 2], 'object[]', true],
    ['object[]', [1, 2], 'int[]', false],
    ['int[]', withElementType([1], 'System.Int32'), 'int[]', true],
    ['string[]', withElementType(['a'], 'System.String'), 'object[]', true],
    ['int[]', withElementType([1], 'System.Int32'), 'object[]', false],
    ['hashtable', new PSHashtable(), 'hashtable', true],
    ['hashtable', new PSHashtable(), 'System.Collections.IDictionary', true],
    ['hashtable', new PSHashtable(), 'ordered', false],
    ['ordered', new PSHashtable({ ordered: true }), 'System.Collections.Specialized.OrderedDictionary', true],
    ['arraylist', new PSList('ArrayList'), 'System.Collections.ArrayList', true],
    ['arraylist', new PSList('ArrayList'), 'System.Collections.IList', true],
    ['List[string]', new PSList('List', 'System.String'), 'System.Collections.Generic.List[string]', true],
    ['List[string]', new PSList('List', 'System.String'), 'System.Collections.Generic.List[int]', false],
    ['pscustomobject', custom, 'pscustomobject', true],
    ['pscustomobject', custom, 'psobject', true],
    ['pscustomobject', custom, 'System.Management.Automation.PSCustomObject', true],
    ['pscustomobject', custom, 'hashtable', false],
    ['int', 5, 'psobject', false],
    ['wrapped string', PSObject.wrap('s', ['System.String', 'System.Object']), 'string', true],
    ['enum', get('ConsoleColor', 'Red'), 'ConsoleColor', true],
    ['enum', get('ConsoleColor', 'Red'), 'enum', true],
    ['enum', get('ConsoleColor', 'Red'), 'DayOfWeek', false],
    ['type', registry.resolve('int'), 'type', true],
    ['type', registry.resolve('int'), 'int', false],
    ['string', 'x', 'System.IComparable', true],
  ];
  it.each(rows)('%s -is [%s]', (_label, value, type, expected) => {
    expect(is(value, type)).toBe(expected);
  });
});
