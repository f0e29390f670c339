// TypeRegistry: resolves PowerShell type names (accelerators, optional `System.`, generics, arrays) to TypeInfo.
import { acceleratorFor } from './accelerators.js';
import { withElementType } from '../values/type-names.js';
import { dotNetError, memberError } from './errors.js';
import { method } from './method-def.js';
import { TypeInfo, type TypeInfoInit } from './type-info.js';
import { formatTypeName, parseTypeName, type TypeName } from './type-name.js';

/** An open generic type (``List`1``) that builds a closed TypeInfo from its type arguments. */
export interface GenericTypeDefinition {
  readonly fullName: string;
  readonly arity: number;
  /** Checks generic constraints; returns .NET's message when the arguments violate them. */
  readonly validate?: (args: readonly TypeInfo[]) => string | undefined;
  readonly make: (
    args: readonly TypeInfo[],
    registry: TypeRegistry,
  ) => Omit<TypeInfoInit, 'fullName' | 'genericArguments'>;
}

export interface ResolveOptions {
  /** Namespaces from `using namespace` statements, tried after the name as written and with `System.`. */
  readonly usingNamespaces?: readonly string[];
}

export class TypeRegistry {
  /** TypeInfo objects, or the data of types not looked up yet (made on first use: start-up needs few of them). */
  readonly #types = new Map<string, TypeInfo | TypeInfoInit | (() => TypeInfoInit)>();
  readonly #generics = new Map<string, GenericTypeDefinition>();

  register(type: TypeInfo | TypeInfoInit): TypeInfo {
    const info = type instanceof TypeInfo ? type : new TypeInfo(type);
    this.#types.set(info.fullName.toLowerCase(), info);
    return info;
  }

  /**
   * Registers a type whose TypeInfo is built the first time it is looked up (same result as register); a
   * function defers building its data too.
   */
  define(type: TypeInfoInit): void;
  define(fullName: string, make: () => TypeInfoInit): void;
  define(type: TypeInfoInit | string, make?: () => TypeInfoInit): void {
    if (typeof type === 'string') this.#types.set(type.toLowerCase(), make!);
    else this.#types.set(type.fullName.toLowerCase(), type);
  }

  registerGeneric(def: GenericTypeDefinition): void {
    this.#generics.set(def.fullName.toLowerCase(), def);
  }

  /** A registered type by exact full name (case-insensitive). */
  get(fullName: string): TypeInfo | undefined {
    const key = fullName.toLowerCase();
    const entry = this.#types.get(key);
    if (entry === undefined || entry instanceof TypeInfo) return entry;
    const info = new TypeInfo(typeof entry === 'function' ? entry() : entry);
    this.#types.set(key, info);
    return info;
  }

  all(): TypeInfo[] {
    return [...this.#types.keys()].map((k) => this.get(k)!);
  }

  /** Candidate full names for a written name: accelerator, as written, with `System.`, then each `using namespace`. */
  #candidates(name: string, namespaces: readonly string[]): string[] {
    const out: string[] = [];
    const acc = acceleratorFor(name);
    if (acc) out.push(acc);
    out.push(name, `System.${name}`);
    for (const ns of namespaces) out.push(`${ns}.${name}`);
    return out;
  }

  /** Resolves a parsed name; on failure returns the (innermost) name that could not be found. */
  #resolveName(
    type: TypeName,
    namespaces: readonly string[],
  ): TypeInfo | { missing: string; details?: string } {
    let base: TypeInfo | undefined;
    if (type.genericArguments.length === 0) {
      for (const c of this.#candidates(type.name, namespaces)) if ((base = this.get(c))) break;
      // Every accelerator names a real type; ones exosh does not emulate resolve to a bare TypeInfo (no members).
      const accelerated = acceleratorFor(type.name);
      if (!base && accelerated) base = this.register({ fullName: accelerated });
      if (!base) return { missing: formatTypeName(type) };
    } else {
      const arity = type.genericArguments.length;
      const name = type.name.includes('`') ? type.name : `${type.name}\`${arity}`;
      let def: GenericTypeDefinition | undefined;
      for (const c of this.#candidates(name, namespaces))
        if ((def = this.#generics.get(c.toLowerCase()))) break;
      const args: TypeInfo[] = [];
      for (const a of type.genericArguments) {
        const r = this.#resolveName(a, namespaces);
        if (!(r instanceof TypeInfo)) return r;
        args.push(r);
      }
      if (!def || def.arity !== arity) return { missing: formatTypeName({ ...type, arrayRanks: [] }) };
      const violation = def.validate?.(args);
      if (violation) return { missing: formatTypeName({ ...type, arrayRanks: [] }), details: violation };
      base = this.makeGeneric(def, args);
    }
    for (const rank of type.arrayRanks) base = this.arrayOf(base, rank);
    return base;
  }

  makeGeneric(def: GenericTypeDefinition, args: readonly TypeInfo[]): TypeInfo {
    const fullName = `${def.fullName}[${args.map((a) => `[${a.fullName}]`).join(',')}]`;
    const known = this.get(fullName);
    if (known) return known;
    return this.register({ ...def.make(args, this), fullName, genericArguments: args });
  }

  /** The array type `T[]` (or `T[,]`); arrays are JS arrays, typed ones tagged by RV1's element type. */
  arrayOf(element: TypeInfo, rank = 1): TypeInfo {
    const fullName = `${element.fullName}[${','.repeat(rank - 1)}]`;
    const known = this.get(fullName);
    if (known) return known;
    return this.register({
      fullName,
      baseType: 'System.Array',
      interfaces: [
        'System.Collections.IList',
        'System.Collections.ICollection',
        'System.Collections.IEnumerable',
      ],
      elementType: element,
      // `[byte[]]::new(16)`: a zero-filled array for value types, $null-filled otherwise.
      constructors: method<null>('new', [
        `${element.fullName}[] new(int length)`,
        (_t, a) => {
          const length = a[0] as number;
          if (length < 0)
            throw dotNetError('System.OverflowException', 'Arithmetic operation resulted in an overflow.');
          const numeric = element.isValueType && !element.isEnum && element.fullName !== 'System.Char';
          const fill = !numeric ? null : element.fullName === 'System.Boolean' ? false : 0;
          return withElementType(new Array<unknown>(length).fill(fill), element.fullName);
        },
      ]),
    });
  }

  tryResolve(text: string, options: ResolveOptions = {}): TypeInfo | undefined {
    const parsed = parseTypeName(text);
    if (!parsed) return undefined;
    const r = this.#resolveName(parsed, options.usingNamespaces ?? []);
    return r instanceof TypeInfo ? r : undefined;
  }

  /** Resolves or throws PowerShell's TypeNotFound (`Unable to find type [Foo].`). */
  resolve(text: string, options: ResolveOptions = {}): TypeInfo {
    const parsed = parseTypeName(text);
    if (!parsed) throw memberError('TypeNotFound', text.replace(/^\[(.*)\]$/, '$1'));
    const r = this.#resolveName(parsed, options.usingNamespaces ?? []);
    if (r instanceof TypeInfo) return r;
    if (r.details) throw memberError('TypeNotFoundWithMessage', r.missing, r.details);
    throw memberError('TypeNotFound', r.missing);
  }

  baseType(info: TypeInfo): TypeInfo | undefined {
    return info.baseTypeName ? this.get(info.baseTypeName) : undefined;
  }

  /** The type and its ancestors, most derived first (full names; unknown ancestors still listed). */
  baseChain(info: TypeInfo): string[] {
    const chain: string[] = [info.fullName];
    let next = info.baseTypeName;
    while (next && chain.length < 32) {
      chain.push(next);
      next = this.get(next)?.baseTypeName ?? (next === 'System.Object' ? null : 'System.Object');
    }
    return chain;
  }
}
