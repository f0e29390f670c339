import { describe, expect, it } from 'vitest';
import { PSRuntimeException } from '../../src/values/ps-exception.js';
import type { ExceptionValue } from '../../src/types/index.js';
import { exceptionTypeMatches, isInstanceOf, type TypeInfo } from '../../src/types/index.js';
import { createMemberContext, getMember, invokeMethod } from '../../src/members/index.js';
import { call, registry } from './helpers.js';

const ctx = createMemberContext({ types: registry });
const p = (v: unknown, name: string): unknown => getMember(v, name, ctx);

describe('exception types', () => {
  it.each([
    ['Exception', [], "Exception of type 'System.Exception' was thrown."],
    ['Exception', ['boom'], 'boom'],
    ['System.ArgumentException', ['bad'], 'bad'],
    ['System.ArgumentException', ['bad', 'name'], "bad (Parameter 'name')"],
    ['System.ArgumentNullException', ['path'], "Value cannot be null. (Parameter 'path')"],
    ['ArgumentOutOfRangeException', ['index', 'too big'], "too big (Parameter 'index')"],
    ['InvalidOperationException', [], 'Operation is not valid due to the current state of the object.'],
    ['NotImplementedException', [], 'The method or operation is not implemented.'],
    ['IO.FileNotFoundException', ['gone'], 'gone'],
    ['System.Management.Automation.RuntimeException', ['rt'], 'rt'],
  ])('[%s]::new(%j).Message', (type, args, message) => {
    expect(p(call(type, 'new', ...args), 'Message')).toBe(message);
  });

  it('keeps inner exceptions and the type chain', () => {
    const inner = call('FormatException', 'new', 'inner') as ExceptionValue;
    const outer = call(
      'System.Management.Automation.MethodInvocationException',
      'new',
      'outer',
      inner,
    ) as ExceptionValue;
    expect(p(outer, 'InnerException')).toBe(inner);
    expect(invokeMethod(outer, 'GetBaseException', [], ctx)).toBe(inner);
    expect(p(invokeMethod(outer, 'GetType', [], ctx), 'FullName')).toBe(
      'System.Management.Automation.MethodInvocationException',
    );
    expect(String(outer)).toBe('System.Management.Automation.MethodInvocationException: outer');
  });

  it.each([
    ['System.ArgumentNullException', 'System.ArgumentException', true],
    ['System.ArgumentNullException', 'System.Exception', true],
    ['System.ArgumentNullException', 'System.InvalidOperationException', false],
    [
      'System.Management.Automation.MethodInvocationException',
      'System.Management.Automation.RuntimeException',
      true,
    ],
    ['System.Management.Automation.PSInvalidCastException', 'System.InvalidCastException', true],
    ['System.IO.FileNotFoundException', 'System.IO.IOException', true],
    ['System.DivideByZeroException', 'System.ArithmeticException', true],
    ['Some.Unknown.Exception', 'System.Exception', true],
  ])('%s is a %s: %s', (thrown, caught, expected) => {
    expect(exceptionTypeMatches(registry, thrown, caught)).toBe(expected);
  });

  it('answers -is for exception objects and runtime errors', () => {
    const e = call('ArgumentNullException', 'new', 'x');
    const is = (v: unknown, t: string): boolean => isInstanceOf(v, registry.resolve(t) as TypeInfo, registry);
    expect(is(e, 'ArgumentException')).toBe(true);
    expect(is(e, 'Exception')).toBe(true);
    expect(is(e, 'FormatException')).toBe(false);
    const thrown = new PSRuntimeException('FormatException', 'bad', 'NotSpecified', 'System.FormatException');
    expect(is(thrown, 'System.SystemException')).toBe(true);
    expect(is('text', 'Exception')).toBe(false);
  });
});
