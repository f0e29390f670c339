// Cases transcribed from PowerShell's test/powershell/Language/Scripting/Generics.Tests.ps1.
import { describe, expect, it } from 'vitest';
import { PSHashtable } from '../../src/values/ps-hashtable.js';
import { constructInstance, type TypeInfo } from '../../src/types/index.js';
import { createMemberContext, getMember, invokeMethod, setMember } from '../../src/members/index.js';
import { errorOf, registry } from './helpers.js';

// The test file starts with `using namespace system.collections.generic`.
const usingNamespaces = ['system.collections.generic', 'System.Management.Automation'];
const ctx = createMemberContext({ types: registry });
const make = (name: string): unknown => constructInstance(registry.resolve(name, { usingNamespaces }), []);

describe('Generics support (PowerShell Generics.Tests.ps1)', () => {
  it.each(['list[int]', 'list[[int]]'])('Type %s works properly', (name) => {
    const x = make(name);
    invokeMethod(x, 'Add', [42], ctx);
    invokeMethod(x, 'Add', [40], ctx);
    expect(getMember(x, 'count', ctx)).toBe(2);
  });

  it.each(['stack[int]', 'stack[[int]]'])('Type %s works properly', (name) => {
    const x = make(name);
    invokeMethod(x, 'Push', [42], ctx);
    invokeMethod(x, 'Push', [40], ctx);
    expect(getMember(x, 'count', ctx)).toBe(2);
  });

  it.each(['dictionary[string, Int]', 'dictionary[[string], [Int]]'])('Type %s works properly', (name) => {
    const x = make(name);
    expect(x).toBeInstanceOf(PSHashtable);
    setMember(x, 'foo', 42, ctx);
    expect(getMember(x, 'foo', ctx)).toBe(42);
  });

  it('Type dictionary[dictionary[list[int],string], stack[double]] works properly', () => {
    const x = make('dictionary[dictionary[list[int],string], stack[double]]');
    const type = invokeMethod(x, 'gettype', [], ctx) as TypeInfo;
    expect(String(getMember(type, 'fullname', ctx))).toMatch(/double/i);
  });

  it('a generic argument that violates a constraint is TypeNotFoundWithMessage naming [T]', () => {
    const e = errorOf(() => registry.resolve('nullable[object]'));
    expect(e.errorId).toBe('TypeNotFoundWithMessage');
    expect(e.message).toMatch(/\[T\]/);
    expect(e.message).toBe(
      "Unable to find type [nullable[object]]. Details: GenericArguments[0], 'System.Object', on 'System.Nullable`1[T]' violates the constraint of type 'T'.",
    );
  });
});
