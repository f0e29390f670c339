// TypeInfo: what exosh knows about one .NET type: names, base chain for -is, statics, constructors.
import type { EnumTypeInfo } from '../values/ps-enum.js';
import type { MethodDef } from './method-def.js';
import { PS_TYPE_NAMES } from '../values/type-names.js';

export interface StaticProperty {
  readonly name: string;
  /** Printed type (`double`, `string`, `datetime`) for Get-Member -Static. */
  readonly type: string;
  readonly get: () => unknown;
  readonly set?: (value: unknown) => void;
}

export interface TypeInfoInit {
  readonly fullName: string;
  /** Full name of the base type; null only for System.Object and interfaces. Defaults to System.Object. */
  readonly baseType?: string | null;
  readonly interfaces?: readonly string[];
  readonly isValueType?: boolean;
  readonly isEnum?: boolean;
  readonly isInterface?: boolean;
  readonly staticProperties?: readonly StaticProperty[];
  readonly staticMethods?: readonly MethodDef<null>[];
  /** `[T]::new(...)` and `New-Object T -ArgumentList ...`: overloads named `new`. */
  readonly constructors?: MethodDef<null>;
  /** Decides `-is`; by default the value's type chain (typeNamesOf) must contain this type's full name. */
  readonly isInstance?: (value: unknown) => boolean;
  readonly genericArguments?: readonly TypeInfo[];
  readonly elementType?: TypeInfo;
  /** For enum types: the members (RV1's EnumTypeInfo). */
  readonly enumInfo?: EnumTypeInfo;
}

export class TypeInfo {
  get [PS_TYPE_NAMES](): string[] {
    return [
      'System.RuntimeType',
      'System.Reflection.TypeInfo',
      'System.Type',
      'System.Reflection.MemberInfo',
      'System.Object',
    ];
  }
  readonly fullName: string;
  /** The simple name (`String`, ``List`1``, `Int32[]`). */
  readonly name: string;
  readonly namespace: string;
  readonly baseTypeName: string | null;
  readonly interfaces: readonly string[];
  readonly isValueType: boolean;
  readonly isEnum: boolean;
  readonly isInterface: boolean;
  readonly genericArguments: readonly TypeInfo[];
  readonly elementType: TypeInfo | undefined;
  readonly enumInfo: EnumTypeInfo | undefined;
  readonly constructors: MethodDef<null> | undefined;
  readonly customIsInstance: ((value: unknown) => boolean) | undefined;
  readonly #properties = new Map<string, StaticProperty>();
  readonly #methods = new Map<string, MethodDef<null>>();

  constructor(init: TypeInfoInit) {
    this.fullName = init.fullName;
    const plain = init.fullName.replace(/\[.*$/, '');
    const dot = plain.lastIndexOf('.');
    this.namespace = dot < 0 ? '' : plain.slice(0, dot);
    this.name = init.fullName.slice(dot + 1).replace(/^(\w+`\d+)\[.*\]$/, '$1');
    this.baseTypeName =
      init.baseType === undefined
        ? init.fullName === 'System.Object'
          ? null
          : 'System.Object'
        : init.baseType;
    this.interfaces = init.interfaces ?? [];
    this.isValueType = init.isValueType ?? false;
    this.isEnum = init.isEnum ?? init.enumInfo !== undefined;
    this.isInterface = init.isInterface ?? false;
    this.genericArguments = init.genericArguments ?? [];
    this.elementType = init.elementType;
    this.enumInfo = init.enumInfo;
    this.constructors = init.constructors;
    this.customIsInstance = init.isInstance;
    for (const p of init.staticProperties ?? []) this.#properties.set(p.name.toLowerCase(), p);
    for (const m of init.staticMethods ?? []) this.#methods.set(m.name.toLowerCase(), m);
  }

  get isArray(): boolean {
    return this.elementType !== undefined;
  }
  get isGenericType(): boolean {
    return this.genericArguments.length > 0;
  }

  staticProperty(name: string): StaticProperty | undefined {
    return this.#properties.get(name.toLowerCase());
  }
  staticMethod(name: string): MethodDef<null> | undefined {
    return this.#methods.get(name.toLowerCase());
  }
  staticProperties(): StaticProperty[] {
    return [...this.#properties.values()];
  }
  staticMethods(): MethodDef<null>[] {
    return [...this.#methods.values()];
  }

  /** `"$([int])"` and `[int].ToString()` give the full name. */
  toString(): string {
    return this.fullName;
  }
}
