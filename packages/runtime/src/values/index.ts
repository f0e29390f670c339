// Barrel of the value classes (the runtime's representation of PowerShell values; see the values contract).
export { SCRIPT_BLOCK, isScriptBlockLike, type ScriptBlockLike } from './script-block-like.js';
export {
  ValueMessages,
  DotNetMessages,
  formatTemplate,
  type MessageEntry,
  type ValueErrorId,
} from './messages.js';
export { PSRuntimeException, PSInvalidCastException } from './ps-exception.js';
export { DotNetError, dotNetError, dotNetRangeError } from './dotnet-error.js';
export {
  isPropertyMember,
  type PSMemberInfo,
  type PSPropertyInfo,
  type PSMethodInfo,
  type PSNoteProperty,
  type PSScriptProperty,
  type PSAliasProperty,
  type PSCodeProperty,
  type PSScriptMethod,
  type PSCodeMethod,
} from './ps-member.js';
export { PSObject, PS_CUSTOM_OBJECT_TYPE_NAMES, type PSObjectInit } from './ps-object.js';
export { PSHashtable, type PSHashtableOptions, type HashtableKind } from './ps-hashtable.js';
export { PSBoundParametersDictionary, BOUND_PARAMETERS_TYPE_NAME } from './ps-bound-parameters.js';
export { PSList, type ListKind } from './ps-list.js';
export { PSHashSet } from './ps-hash-set.js';
export { PSQueue, PSStack } from './ps-queue-stack.js';
export { PSStringBuilder } from './ps-string-builder.js';
export { PSChar } from './ps-char.js';
export { PSSecureString } from './ps-secure-string.js';
export {
  PSTimeSpan,
  TICKS_PER_MILLISECOND,
  TICKS_PER_SECOND,
  TICKS_PER_MINUTE,
  TICKS_PER_HOUR,
  TICKS_PER_DAY,
} from './ps-timespan.js';
export { PSDateTime, UNIX_EPOCH_TICKS, MAX_DATETIME_TICKS, type DateTimeKind } from './ps-datetime.js';
export { PSGuid } from './ps-guid.js';
export { PSVersion } from './ps-version.js';
export { PSSemanticVersion } from './ps-semantic-version.js';
export { PSUri } from './ps-uri.js';
export { PSDecimal } from './ps-decimal.js';
export { PSInt64, int64Value, inInt64Range, isInt64, INT64_MIN, INT64_MAX } from './ps-int64.js';
export {
  PSUInt32,
  PSUInt64,
  uint32Value,
  uint64Value,
  isUnsigned,
  UINT32_MAX,
  UINT64_MAX,
  type PSUnsignedInt,
} from './ps-unsigned.js';
export { PSDouble, doubleValue, isDouble, unwrapDouble } from './ps-double.js';
export { PSRegex, type PSRegexGroup, type PSRegexMatch, type PSRegexOptions } from './ps-regex.js';
export { PSEnumValue, enumValueToString, enumMemberValue, type EnumTypeInfo } from './ps-enum.js';
export { EnumRegistry, BUILTIN_ENUM_TYPES } from './enum-registry.js';
export {
  typeNameOf,
  typeNamesOf,
  numberTypeName,
  withElementType,
  elementTypeOf,
  ELEMENT_TYPE,
  PS_TYPE_NAMES,
  type TypedArray,
} from './type-names.js';
