// Test helpers: call statics by type name and capture PowerShell errors.
import { PSRuntimeException } from '../../src/values/ps-exception.js';
import { createTypeRegistry, getStaticMember, invokeStaticMethod } from '../../src/types/index.js';

export const registry = createTypeRegistry();

export function call(type: string, name: string, ...args: unknown[]): unknown {
  return invokeStaticMethod(registry.resolve(type), name, args);
}

export function get(type: string, name: string): unknown {
  return getStaticMember(registry.resolve(type), name);
}

/** Runs fn and returns the PowerShell error it raised as { errorId, message, exceptionType }. */
export function errorOf(fn: () => unknown): { errorId: string; message: string; exceptionType: string } {
  try {
    fn();
  } catch (e) {
    if (e instanceof PSRuntimeException)
      return { errorId: e.errorId, message: e.message, exceptionType: e.exceptionType };
    throw e;
  }
  throw new Error('expected a PowerShell error');
}
