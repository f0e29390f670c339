// InstanceAdapter: the .NET members (properties and methods) exosh emulates for one kind of value.
import type { MethodDef } from '../types/method-def.js';
import { method } from '../types/method-def.js';
import { doubleValue } from '../values/ps-double.js';
import type { MemberContext } from './member-context.js';

/** What an adapted method receives as its target: the value and the member context. */
export interface Receiver<T> {
  readonly self: T;
  readonly ctx: MemberContext;
}

export interface AdaptedProperty<T> {
  readonly name: string;
  /** Printed type for Get-Member's definition (`int`, `string`, `datetime`). */
  readonly type: string;
  readonly get: (target: T, ctx: MemberContext) => unknown;
  readonly set?: (target: T, value: unknown, ctx: MemberContext) => void;
}

export interface InstanceAdapter<T> {
  readonly properties: ReadonlyMap<string, AdaptedProperty<T>>;
  readonly methods: ReadonlyMap<string, MethodDef<Receiver<T>>>;
}

export type PropertySpec<T> = readonly [
  name: string,
  type: string,
  get: (target: T, ctx: MemberContext) => unknown,
  set?: (target: T, value: unknown, ctx: MemberContext) => void,
];

/** Builds an adapter from property specs and method definitions (names are matched case-insensitively). */
export function adapter<T>(
  properties: ReadonlyArray<PropertySpec<T>>,
  methods: ReadonlyArray<MethodDef<Receiver<T>>>,
): InstanceAdapter<T> {
  return {
    properties: new Map(
      properties.map(([name, type, rawGet, set]) => {
        const get = type === 'double' ? doubleGetter(rawGet) : rawGet;
        return [name.toLowerCase(), set ? { name, type, get, set } : { name, type, get }];
      }),
    ),
    methods: new Map(methods.map((m) => [m.name.toLowerCase(), m])),
  };
}

/** A `double` property reports Double even when its value is whole (TimeSpan.TotalSeconds). */
function doubleGetter<T>(get: (target: T, ctx: MemberContext) => unknown) {
  return (target: T, ctx: MemberContext): unknown => {
    const v = get(target, ctx);
    return typeof v === 'number' ? doubleValue(v) : v;
  };
}

/** Merges adapters; later ones win for the same member name. */
export function combine<T>(...parts: ReadonlyArray<InstanceAdapter<T>>): InstanceAdapter<T> {
  const properties = new Map<string, AdaptedProperty<T>>();
  const methods = new Map<string, MethodDef<Receiver<T>>>();
  for (const p of parts) {
    for (const [k, v] of p.properties) properties.set(k, v);
    for (const [k, v] of p.methods) methods.set(k, v);
  }
  return { properties, methods };
}

/** A method of an adapted type: `[signature, (receiver, args) => result]` pairs. */
export function instanceMethod<T>(
  name: string,
  ...overloads: Array<readonly [string, (r: Receiver<T>, args: unknown[]) => unknown]>
): MethodDef<Receiver<T>> {
  return method<Receiver<T>>(name, ...overloads);
}
