// Small helpers for declaring emulated types as data.
import type { StaticProperty } from '../type-info.js';

/** A read-only (or settable) static property. */
export function prop(
  name: string,
  type: string,
  get: () => unknown,
  set?: (value: unknown) => void,
): StaticProperty {
  return set ? { name, type, get, set } : { name, type, get };
}

/** A constant static property. */
export function constant(name: string, type: string, value: unknown): StaticProperty {
  return { name, type, get: () => value };
}

export const num = (v: unknown): number => v as number;
export const str = (v: unknown): string => (v ?? '') as string;
