// Enum registry/values and PSRegex matching with .NET group numbering.
import { describe, expect, it } from 'vitest';
import { EnumRegistry, PSEnumValue, PSRegex } from '../../src/values/index.js';

const reg = new EnumRegistry();

describe('enums', () => {
  it.each<[string, string, number]>([
    ['ActionPreference', 'SilentlyContinue', 0],
    ['System.Management.Automation.ActionPreference', 'stop', 1],
    ['ConsoleColor', 'Red', 12],
    ['DayOfWeek', 'Saturday', 6],
    ['Net.SecurityProtocolType', 'Tls12', 3072],
    ['System.Text.RegularExpressions.RegexOptions', 'IgnoreCase', 1],
  ])('[%s]::%s = %i', (type, member, value) => {
    expect(reg.member(type, member)?.value).toBe(value);
  });
  it('unknown members and types', () => {
    expect(reg.member('ConsoleColor', 'Purple')).toBeUndefined();
    expect(reg.get('NoSuchEnum')).toBeUndefined();
  });
  it.each<[string, number, string]>([
    ['System.IO.FileAttributes', 3, 'ReadOnly, Hidden'],
    ['System.IO.FileAttributes', 1, 'ReadOnly'],
    ['System.IO.FileAttributes', 0, '0'],
    ['System.Net.SecurityProtocolType', 3072 | 12288, 'Tls12, Tls13'],
    ['System.StringSplitOptions', 0, 'None'],
    ['System.ConsoleColor', 99, '99'],
    ['System.Management.Automation.CommandTypes', 383, 'All'],
  ])('%s %i -> %s', (type, value, expected) => {
    const t = reg.get(type);
    if (!t) throw new Error('missing');
    expect(new PSEnumValue(t, value).toString()).toBe(expected);
  });
  it('hasFlag and equals', () => {
    const t = reg.get('FileAttributes');
    if (!t) throw new Error('missing');
    const v = new PSEnumValue(t, 3);
    expect(v.hasFlag(2)).toBe(true);
    expect(v.hasFlag(4)).toBe(false);
    expect(v.equals(new PSEnumValue(t, 3))).toBe(true);
  });
  it('registers user enums', () => {
    const r = new EnumRegistry([]);
    r.register({
      fullName: 'Fruit',
      isFlags: false,
      members: [
        ['Apple', 0],
        ['Pear', 1],
      ],
    });
    expect(r.member('fruit', 'PEAR')?.name).toBe('Pear');
    expect(r.types()).toHaveLength(1);
  });
});

describe('PSRegex', () => {
  it('numbers unnamed groups before named ones, as .NET does', () => {
    const r = new PSRegex('(?<word>\\w+)-(\\d+)');
    const m = r.match('abc-123');
    expect(m?.groups.map((g) => [g.number, g.name, g.value])).toEqual([
      [0, '0', 'abc-123'],
      [1, '1', '123'],
      [2, 'word', 'abc'],
    ]);
    expect(r.getGroupNames()).toEqual(['0', '1', 'word']);
  });
  it('reports group indexes', () => {
    const m = new PSRegex('b(c)').match('abcd');
    expect(m?.index).toBe(1);
    expect(m?.groups[1]?.index).toBe(2);
  });
  it('failed optional groups', () => {
    const m = new PSRegex('a(x)?b').match('ab');
    expect(m?.groups[1]?.success).toBe(false);
  });
  it('matches() advances past empty matches', () => {
    expect(new PSRegex('x*').matches('axb').map((m) => m.value)).toEqual(['', 'x', '', '']);
    expect(new PSRegex('\\d+').matches('a1b22c333').map((m) => m.value)).toEqual(['1', '22', '333']);
  });
  it('isMatch with options', () => {
    expect(new PSRegex('ABC').isMatch('abc')).toBe(false);
    expect(new PSRegex('ABC', { ignoreCase: true }).isMatch('abc')).toBe(true);
  });
});
