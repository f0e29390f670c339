// MethodDef: a .NET-style method as data: overload signatures (as Get-Member prints them) plus implementations.

export interface ParameterSpec {
  /** The parameter type as PowerShell prints it (`int`, `string`, `char[]`, `System.StringComparison`). */
  readonly type: string;
  readonly name: string;
  /** A trailing `params T[] name` parameter that absorbs the remaining arguments. */
  readonly isParams: boolean;
  /** A `[ref] T name` (out/ref) parameter: the argument must be a PSReference the method writes back to. */
  readonly isByRef: boolean;
}

export interface MethodOverload<T = unknown> {
  /** `string Substring(int startIndex, int length)`; static methods start with `static `. */
  readonly signature: string;
  readonly returnType: string;
  readonly parameters: readonly ParameterSpec[];
  /** Receives the arguments already converted to the parameter types (see convertArgument). */
  readonly invoke: (target: T, args: unknown[]) => unknown;
}

export interface MethodDef<T = unknown> {
  readonly name: string;
  readonly overloads: readonly MethodOverload<T>[];
}

const SIGNATURE = /^(?:static\s+)?(\S+)\s+([\w.`]+)\((.*)\)$/;

function parseParameters(text: string): ParameterSpec[] {
  if (text.trim() === '') return [];
  return text.split(',').map((raw) => {
    const words = raw.trim().split(/\s+/);
    const isParams = words[0] === 'params';
    const isByRef = words[0] === '[ref]';
    const rest = isParams || isByRef ? words.slice(1) : words;
    return { type: rest[0] ?? 'System.Object', name: rest[1] ?? '', isParams, isByRef };
  });
}

/**
 * One overload from its printed signature; the signature is the single source of arity and types. The signature
 * is parsed on first use: the built-in types declare thousands of overloads and start-up needs few of them.
 */
class SignatureOverload<T> implements MethodOverload<T> {
  #parsed: { returnType: string; parameters: ParameterSpec[] } | undefined;
  constructor(
    readonly signature: string,
    readonly invoke: (target: T, args: unknown[]) => unknown,
  ) {}
  get returnType(): string {
    return this.#parse().returnType;
  }
  get parameters(): readonly ParameterSpec[] {
    return this.#parse().parameters;
  }
  #parse(): { returnType: string; parameters: ParameterSpec[] } {
    if (this.#parsed) return this.#parsed;
    const m = SIGNATURE.exec(this.signature.trim());
    if (!m) throw new Error(`Malformed method signature: ${this.signature}`);
    return (this.#parsed = { returnType: m[1] ?? 'void', parameters: parseParameters(m[3] ?? '') });
  }
}

export function overload<T>(
  signature: string,
  invoke: (target: T, args: unknown[]) => unknown,
): MethodOverload<T> {
  return new SignatureOverload(signature, invoke);
}

/** A method from `[signature, implementation]` pairs, in the order Get-Member lists them. */
export function method<T>(
  name: string,
  ...overloads: Array<readonly [string, (target: T, args: unknown[]) => unknown]>
): MethodDef<T> {
  return { name, overloads: overloads.map(([sig, fn]) => overload(sig, fn)) };
}

/** True when `count` arguments can bind to the overload (params arrays take zero or more). */
export function acceptsArgumentCount(o: MethodOverload<never>, count: number): boolean {
  const ps = o.parameters;
  const last = ps[ps.length - 1];
  if (last?.isParams) return count >= ps.length - 1;
  return count === ps.length;
}

/** The definition string Get-Member shows: every overload, separated by `, `. */
export function methodDefinition(def: MethodDef<never>): string {
  return def.overloads.map((o) => o.signature).join(', ');
}
