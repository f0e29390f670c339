import { describe, expect, it } from 'vitest';
import type { ScriptBlockLike } from '../../src/values/script-block-like.js';
import { SCRIPT_BLOCK } from '../../src/values/script-block-like.js';
import { PSHashtable } from '../../src/values/ps-hashtable.js';
import { PSObject } from '../../src/values/ps-object.js';
import { PSDateTime } from '../../src/values/ps-datetime.js';
import type { TypeInfo } from '../../src/types/index.js';
import {
  createMemberContext,
  getMember,
  invokeMethod,
  listMembers,
  setMember,
  type PSMemberCollection,
  type PSObjectView,
} from '../../src/members/index.js';
import { call, ctx, errorOf, get, set } from './helpers.js';

/** A script block stand-in: runs a JS function with ($this, ...args), as the evaluator's hook would. */
function script(fn: (self: unknown, ...args: unknown[]) => unknown): ScriptBlockLike {
  return {
    [SCRIPT_BLOCK]: true,
    invoke: (...args: unknown[]) => [fn(null, ...args)],
    toString: () => '$this.Name',
  } as ScriptBlockLike & {
    fn: typeof fn;
  } & { run: typeof fn };
}
const scriptCtx = createMemberContext({
  types: ctx.types,
  invokeScript: (sb, self, args) => [
    (sb as unknown as { impl: (s: unknown, ...a: unknown[]) => unknown }).impl(self, ...args),
  ],
});
function bound(fn: (self: unknown, ...args: unknown[]) => unknown): ScriptBlockLike {
  return Object.assign(script(fn), { impl: fn });
}

describe('PSCustomObject members', () => {
  const person = (): PSObject =>
    PSObject.fromEntries([
      ['Name', 'Ada'],
      ['Age', 36],
    ]);

  it('reads and writes note properties case-insensitively', () => {
    const p = person();
    expect(get(p, 'name')).toBe('Ada');
    set(p, 'AGE', 37);
    expect(p.getNote('Age')).toBe(37);
    expect(get(p, 'Missing')).toBeNull();
    expect(get(p, 'Count')).toBe(1);
  });

  it('refuses to create properties by assignment', () => {
    expect(errorOf(() => set(person(), 'Email', 'x'))).toEqual({
      errorId: 'PropertyAssignmentException',
      message:
        "The property 'Email' cannot be found on this object. Verify that the property exists and can be set.",
    });
    expect(errorOf(() => set(null, 'x', 1))).toEqual({
      errorId: 'PropertyNotFound',
      message:
        "The property 'x' cannot be found on this object. Verify that the property exists and can be set.",
    });
    expect(errorOf(() => set('abc', 'Length', 1))).toEqual({
      errorId: 'PropertyIsReadOnly',
      message: "'Length' is a ReadOnly property.",
    });
    expect(errorOf(() => set(5, 'Foo', 1)).errorId).toBe('PropertyAssignmentException');
  });

  it('has ToString @{...}, GetType and no other methods', () => {
    expect(call(person(), 'ToString')).toBe('@{Name=Ada; Age=36}');
    expect((call(person(), 'GetType') as TypeInfo).fullName).toBe(
      'System.Management.Automation.PSCustomObject',
    );
    expect(errorOf(() => call(person(), 'Foo')).message).toBe(
      "Method invocation failed because [System.Management.Automation.PSCustomObject] does not contain a method named 'Foo'.",
    );
  });

  it('runs script properties and methods with $this', () => {
    const p = person();
    p.addMember({
      memberType: 'ScriptProperty',
      name: 'Greeting',
      getterScript: bound((self) => `Hi ${String(getMember(self, 'Name', scriptCtx))}`),
      setterScript: bound((self, v) => setMember(self, 'Name', v, scriptCtx)),
    });
    p.addMember({
      memberType: 'ScriptMethod',
      name: 'Older',
      script: bound((self, years) => Number(getMember(self, 'Age', scriptCtx)) + Number(years)),
    });
    p.addMember({ memberType: 'AliasProperty', name: 'FullName', referencedMemberName: 'Name' });
    expect(getMember(p, 'greeting', scriptCtx)).toBe('Hi Ada');
    setMember(p, 'Greeting', 'Bob', scriptCtx);
    expect(getMember(p, 'Name', scriptCtx)).toBe('Bob');
    expect(invokeMethod(p, 'older', [4], scriptCtx)).toBe(40);
    expect(getMember(p, 'FullName', scriptCtx)).toBe('Bob');
    setMember(p, 'FullName', 'Cy', scriptCtx);
    expect(p.getNote('Name')).toBe('Cy');
  });

  it('lists members as Get-Member shows them', () => {
    const p = person();
    p.addMember({ memberType: 'AliasProperty', name: 'N', referencedMemberName: 'Name' });
    const members = listMembers(p, ctx).map((m) => [m.name, m.memberType, m.definition]);
    expect(members).toEqual([
      ['Name', 'NoteProperty', 'string Name=Ada'],
      ['Age', 'NoteProperty', 'int Age=36'],
      ['N', 'AliasProperty', 'N = Name'],
      ['Equals', 'Method', 'bool Equals(System.Object obj)'],
      ['GetHashCode', 'Method', 'int GetHashCode()'],
      ['GetType', 'Method', 'type GetType()'],
      ['ToString', 'Method', 'string ToString()'],
    ]);
  });

  it('exposes .psobject.Properties and .pstypenames', () => {
    const view = get(person(), 'psobject') as PSObjectView;
    const props = get(view, 'Properties') as PSMemberCollection;
    expect(
      [...props].map((p) => [
        get(p, 'Name'),
        get(p, 'Value'),
        get(p, 'MemberType'),
        get(p, 'TypeNameOfValue'),
      ]),
    ).toEqual([
      ['Name', 'Ada', 'NoteProperty', 'System.String'],
      ['Age', 36, 'NoteProperty', 'System.Int32'],
    ]);
    expect(get(props.item('age'), 'Value')).toBe(36);
    expect(get(call(props, 'Item', 'AGE'), 'Name')).toBe('Age');
    expect(Array.isArray(props)).toBe(true);
    expect(get(props, 'Count')).toBe(2);
    expect(get(call(props, 'Match', 'N*'), 'Name')).toBe('Name');
    expect(get(props, 'Name')).toEqual(['Name', 'Age']);
    expect(get(view, 'TypeNames')).toEqual(['System.Management.Automation.PSCustomObject', 'System.Object']);
    expect(get(person(), 'pstypenames')).toEqual([
      'System.Management.Automation.PSCustomObject',
      'System.Object',
    ]);
    expect(get(get(PSHashtable.from([['a', 1]]), 'psobject'), 'BaseObject')).toBeInstanceOf(PSHashtable);
  });

  it('lists adapted members of other values', () => {
    const defs = new Map(listMembers('abc', ctx).map((m) => [m.name, m]));
    expect(defs.get('Length')?.definition).toBe('int Length {get;}');
    expect(defs.get('Length')?.memberType).toBe('Property');
    expect(defs.get('Substring')?.definition).toBe(
      'string Substring(int startIndex), string Substring(int startIndex, int length)',
    );
    expect(defs.get('ToUpper')?.memberType).toBe('Method');
    const dt = new Map(listMembers(PSDateTime.fromParts(2024, 1, 1), ctx).map((m) => [m.name, m.definition]));
    expect(dt.get('DayOfWeek')).toBe('System.DayOfWeek DayOfWeek {get;}');
    expect(dt.get('AddDays')).toBe('datetime AddDays(double value)');
    expect(listMembers(null, ctx)).toEqual([]);
  });

  it('reads members through a PSObject wrapping another value', () => {
    const wrapped = PSObject.wrap('text', ['System.String', 'System.Object']);
    wrapped.addMember({ memberType: 'NoteProperty', name: 'Extra', value: 1 });
    expect(get(wrapped, 'Length')).toBe(4);
    expect(get(wrapped, 'Extra')).toBe(1);
    expect(call(wrapped, 'ToUpper')).toBe('TEXT');
  });
});

describe('GetType() and type objects', () => {
  it.each([
    ['String', 'abc', 'System.String', 'System.Object'],
    ['Int32', 5, 'System.Int32', 'System.ValueType'],
    ['Double', 2.5, 'System.Double', 'System.ValueType'],
    ['Boolean', true, 'System.Boolean', 'System.ValueType'],
    ['Object[]', [1, 2], 'System.Object[]', 'System.Array'],
    ['Hashtable', new PSHashtable(), 'System.Collections.Hashtable', 'System.Object'],
    ['DateTime', PSDateTime.fromParts(2024, 1, 1), 'System.DateTime', 'System.ValueType'],
  ])('GetType() of a %s', (name, value, fullName, baseName) => {
    const t = call(value, 'GetType') as TypeInfo;
    expect(get(t, 'Name')).toBe(name);
    expect(get(t, 'FullName')).toBe(fullName);
    expect(get(get(t, 'BaseType'), 'FullName')).toBe(baseName);
    expect(call(t, 'ToString')).toBe(fullName);
  });

  it('describes generic and array types', () => {
    const list = ctx.types.resolve('System.Collections.Generic.List[string]');
    expect(get(list, 'IsGenericType')).toBe(true);
    expect((call(list, 'GetGenericArguments') as TypeInfo[]).map((t) => t.fullName)).toEqual([
      'System.String',
    ]);
    const arr = ctx.types.resolve('int[]');
    expect(get(arr, 'IsArray')).toBe(true);
    expect((call(arr, 'GetElementType') as TypeInfo).fullName).toBe('System.Int32');
    expect(call(ctx.types.resolve('DayOfWeek'), 'GetEnumNames')).toContain('Monday');
    expect(get(ctx.types.resolve('string'), 'IsValueType')).toBe(false);
    expect(get(ctx.types.resolve('int'), 'IsValueType')).toBe(true);
  });
});
