// createTypeRegistry: a fresh registry with every emulated type (one per runspace; no shared mutable state).
import { EnumRegistry } from '../../values/enum-registry.js';
import { PSEnumValue } from '../../values/ps-enum.js';
import { unwrap } from '../argument-conversion.js';
import { TypeRegistry } from '../type-registry.js';
import { TypeInfo, type TypeInfoInit } from '../type-info.js';
import {
  ArrayListType,
  DictionaryDefinition,
  HashtableType,
  ListDefinition,
  CollectionDefinition,
  OrderedDictionaryType,
  BoundParametersDictionaryType,
  StringBuilderType,
  StringComparerType,
} from './collections.js';
import { ConvertType } from './convert-type.js';
import { DBNullType } from './dbnull-type.js';
import { NullStringType } from './nullstring-type.js';
import {
  ArrayType,
  EnumType,
  GuidType,
  InvocationInfoType,
  ObjectType,
  PathInfoType,
  PSCustomObjectType,
  PSObjectType,
  PSReferenceType,
  PSNotePropertyType,
  PSScriptPropertyType,
  ScriptBlockType,
  SecureStringType,
  SwitchParameterType,
  UriType,
  ValueTypeType,
  VersionType,
  SemanticVersionType,
  VoidType,
} from './core-types.js';
import { prop } from './define.js';
import { EnumStatics, ExtraEnumTypes, enumTypeInfo } from './enum-types.js';
import { registerExceptionTypes } from './exceptions.js';
import { ErrorRecordType } from './error-record-type.js';
import { EnvironmentType } from './environment-type.js';
import { DirectoryType, FileType } from './file-system.js';
import { EnumerableType } from './linq.js';
import { MathType } from './math.js';
import { TupleType } from './tuple-type.js';
import { WildcardPatternType } from './wildcard-type.js';
import { FlagsExpressionDefinition } from './flags-expression.js';
import { HashSetDefinition, QueueDefinition, StackDefinition } from './set-queue-stack.js';
import { HttpUtilityType, MailAddressType, WebUtilityType } from './net-types.js';
import { DecimalType, NumericTypes } from './numbers.js';
import { PathType } from './path-type.js';
import { MatchEvaluatorType, RegexType } from './regex-type.js';
import { BooleanType, CharType, StringType } from './string-type.js';
import { EncodingType, UTF8EncodingType } from './text-encoding.js';
import { DateTimeType, TimeSpanType } from './time-types.js';
import { TimeZoneInfoType } from './timezone-type.js';

export interface TypeRegistryOptions {
  /** The runspace's enum registry (user `enum` types live there); a fresh built-in one by default. */
  readonly enums?: EnumRegistry;
}

const FIXED_TYPES: readonly TypeInfoInit[] = [
  ObjectType,
  ValueTypeType,
  VoidType,
  ArrayType,
  StringType,
  CharType,
  BooleanType,
  ...NumericTypes,
  DecimalType,
  MathType,
  DateTimeType,
  TimeSpanType,
  GuidType,
  VersionType,
  SemanticVersionType,
  UriType,
  RegexType,
  ConvertType,
  EncodingType,
  UTF8EncodingType,
  EnvironmentType,
  PathType,
  FileType,
  DirectoryType,
  TimeZoneInfoType,
  MailAddressType,
  HttpUtilityType,
  WebUtilityType,
  HashtableType,
  OrderedDictionaryType,
  BoundParametersDictionaryType,
  ArrayListType,
  StringBuilderType,
  StringComparerType,
  PSObjectType,
  PSCustomObjectType,
  InvocationInfoType,
  ScriptBlockType,
  SwitchParameterType,
  SecureStringType,
  PathInfoType,
  PSReferenceType,
  PSNotePropertyType,
  PSScriptPropertyType,
  EnumerableType,
  WildcardPatternType,
  TupleType,
  DBNullType,
  NullStringType,
  MatchEvaluatorType,
];

/** Interfaces scripts test with -is or name in casts. */
const INTERFACES = [
  'System.Collections.IEnumerable',
  'System.Collections.IEnumerator',
  'System.Collections.ICollection',
  'System.Collections.IList',
  'System.Collections.IDictionary',
  'System.Collections.Specialized.IOrderedDictionary',
  'System.IComparable',
  'System.IFormattable',
  'System.IConvertible',
  'System.ICloneable',
  'System.IDisposable',
];

export function createTypeRegistry(options: TypeRegistryOptions = {}): TypeRegistry {
  const registry = new TypeRegistry();
  for (const t of FIXED_TYPES) registry.define(t);
  for (const fullName of INTERFACES) registry.define({ fullName, baseType: null, isInterface: true });
  registry.register({
    fullName: 'System.Type',
    baseType: 'System.Reflection.MemberInfo',
    isInstance: (v) => v instanceof TypeInfo,
  });
  registry.register({ ...EnumType, staticMethods: EnumStatics });
  registerExceptionTypes(registry);
  registry.register(ErrorRecordType);
  registry.registerGeneric(ListDefinition);
  registry.registerGeneric(CollectionDefinition);
  registry.registerGeneric(DictionaryDefinition);
  registry.registerGeneric(HashSetDefinition);
  registry.registerGeneric(QueueDefinition);
  registry.registerGeneric(StackDefinition);
  registry.registerGeneric(FlagsExpressionDefinition);
  registry.registerGeneric({
    fullName: 'System.Nullable`1',
    arity: 1,
    validate: (args) =>
      args[0]!.isValueType
        ? undefined
        : `GenericArguments[0], '${args[0]!.fullName}', on 'System.Nullable\`1[T]' violates the constraint of type 'T'.`,
    // [Nullable[T]] behaves as T for -is and statics; the cast (null or T) is the evaluator's.
    make: (args) => ({
      baseType: 'System.ValueType',
      isValueType: true,
      isInstance: (v) => args[0]!.customIsInstance?.(v) ?? false,
    }),
  });
  const enums = options.enums ?? new EnumRegistry();
  for (const e of ExtraEnumTypes) if (!enums.get(e.fullName)) enums.register(e);
  for (const e of enums.types()) registry.define(enumTypeInfo(e));
  // Per-registry state: the process-wide TLS setting scripts flip before calling REST APIs (no effect here).
  const securityType = enums.get('System.Net.SecurityProtocolType')!;
  let securityProtocol: unknown = new PSEnumValue(securityType, 0);
  registry.register({
    fullName: 'System.Net.ServicePointManager',
    staticProperties: [
      prop(
        'SecurityProtocol',
        'System.Net.SecurityProtocolType',
        () => securityProtocol,
        (v) => {
          const raw = unwrap(v);
          securityProtocol =
            raw instanceof PSEnumValue ? raw : new PSEnumValue(securityType, Number(raw) || 0);
        },
      ),
    ],
  });
  return registry;
}
