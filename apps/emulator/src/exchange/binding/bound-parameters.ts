// The result of server-side binding: canonical parameter names mapped to values already converted to their types.
import type { JsonValue } from '../types.js';

/** A multi-valued property edit: a plain value replaces the list; `@{Add=..;Remove=..}` edits it. */
export interface MultiValuedEdit {
  readonly replace?: readonly string[];
  readonly add?: readonly string[];
  readonly remove?: readonly string[];
}

export type BoundValue = string | readonly string[] | boolean | number | null | MultiValuedEdit | JsonValue;

export interface BoundParameters {
  /** The parameter set PowerShell's rules resolve to. */
  readonly parameterSet: string;
  /** Canonical (declared) name -> converted value. */
  readonly values: ReadonlyMap<string, BoundValue>;
  /** Common parameters (ErrorAction, WhatIf, Confirm…) as sent. */
  readonly common: ReadonlyMap<string, JsonValue>;
}

/** Typed accessors so handlers read parameters without casts scattered around. */
export class ParameterReader {
  constructor(readonly bound: BoundParameters) {}

  has(name: string): boolean {
    return this.bound.values.has(name);
  }
  string(name: string): string | undefined {
    const v = this.bound.values.get(name);
    return typeof v === 'string' ? v : undefined;
  }
  strings(name: string): readonly string[] | undefined {
    const v = this.bound.values.get(name);
    return Array.isArray(v) ? (v as readonly string[]) : typeof v === 'string' ? [v] : undefined;
  }
  boolean(name: string): boolean | undefined {
    const v = this.bound.values.get(name);
    return typeof v === 'boolean' ? v : undefined;
  }
  switch(name: string): boolean {
    return this.boolean(name) === true;
  }
  number(name: string): number | undefined {
    const v = this.bound.values.get(name);
    return typeof v === 'number' ? v : undefined;
  }
  /** ResultSize-like values: a count, 'Unlimited', or undefined when not given. */
  limit(name: string): number | 'Unlimited' | undefined {
    const v = this.bound.values.get(name);
    return v === 'Unlimited' || typeof v === 'number' ? v : undefined;
  }
  multiValued(name: string): MultiValuedEdit | undefined {
    const v = this.bound.values.get(name);
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as MultiValuedEdit) : undefined;
  }
  raw(name: string): BoundValue | undefined {
    return this.bound.values.get(name);
  }
}
