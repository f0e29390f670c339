// Test helpers for member access: one shared context, error capture.
import { PSRuntimeException } from '../../src/values/ps-exception.js';
import { createMemberContext, getMember, invokeMethod, setMember } from '../../src/members/index.js';

export const ctx = createMemberContext();

export const get = (value: unknown, name: string): unknown => getMember(value, name, ctx);
export const call = (value: unknown, name: string, ...args: unknown[]): unknown =>
  invokeMethod(value, name, args, ctx);
export const set = (target: unknown, name: string, value: unknown): void =>
  setMember(target, name, value, ctx);

export function errorOf(fn: () => unknown): { errorId: string; message: string } {
  try {
    fn();
  } catch (e) {
    if (e instanceof PSRuntimeException) return { errorId: e.errorId, message: e.message };
    throw e;
  }
  throw new Error('expected a PowerShell error');
}
