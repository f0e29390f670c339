// Type emulation: type-name parsing, accelerators, the TypeInfo registry, statics, -is, method overload binding.
export { parseTypeName, formatTypeName, type TypeName } from './type-name.js';
export { TypeAccelerators, acceleratorFor } from './accelerators.js';
export { TypeInfo, type TypeInfoInit, type StaticProperty } from './type-info.js';
export { TypeRegistry, type GenericTypeDefinition, type ResolveOptions } from './type-registry.js';
export { createTypeRegistry, type TypeRegistryOptions } from './builtin/index.js';
export { isInstanceOf } from './is-instance.js';
export {
  getStaticMember,
  hasStaticMember,
  setStaticMember,
  invokeStaticMethod,
  constructInstance,
} from './static-members.js';
export {
  method,
  overload,
  methodDefinition,
  acceptsArgumentCount,
  type MethodDef,
  type MethodOverload,
  type ParameterSpec,
} from './method-def.js';
export { invokeMethodDef, selectOverload } from './invoke-overload.js';
export { convertArgument, convertArguments, unwrap, roundHalfEven } from './argument-conversion.js';
export {
  PS_REFERENCE,
  PSReference,
  isReferenceLike,
  makeReference,
  type PSReferenceLike,
  type ReferenceCell,
} from './reference.js';
export { MemberMessages, type MemberErrorId } from './messages.js';
export { memberError, dotNetError, methodInvocationError } from './errors.js';
export { MethodEnums, methodEnum, type EnumTable } from './enum-tables.js';
export { RegexMatchResult, RegexGroup, RegexGroupCollection } from './builtin/regex-type.js';
export { TextEncoding, Encodings } from './builtin/text-encoding.js';
export { TimeZoneValue, findTimeZone } from './builtin/timezone-type.js';
export { MailAddressValue, parseMailAddress } from './builtin/net-types.js';
export { parseDateTime, parseDateTimeExact } from './builtin/datetime-parse.js';
export { parseTimeSpan } from './builtin/time-types.js';
export { roundNumber } from './builtin/math.js';
export {
  ExceptionValue,
  ExceptionTypes,
  exceptionTypeMatches,
  exceptionTypeName,
} from './builtin/exceptions.js';
export { listStaticMembers, type StaticMemberDescriptor } from './static-members.js';
export { PSMethodValue } from './method-value.js';
